"""Personal data (UU 27/2022): NIK, phone, e-mail and address are masked unless a role needs them.

Whoever asks for the full view is recorded in the audit trail by the caller.
"""

from __future__ import annotations

PERSONAL_FIELDS = ("nik", "phone", "email", "address")


def mask_nik(nik: str) -> str:
    """1671xxxxxxxx0001: region and serial stay, birth date and district do not."""
    return nik[:4] + "x" * max(len(nik) - 8, 0) + nik[-4:] if len(nik) > 8 else "x" * len(nik)


def mask_phone(phone: str) -> str:
    return phone[:6] + "x" * max(len(phone) - 8, 0) + phone[-2:] if len(phone) > 8 else "xxxx"


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def mask_address(address: str) -> str:
    """Only the last part (the town) stays: enough to sort letters, not to find a house."""
    town = address.rsplit(",", 1)[-1].strip() if "," in address else ""
    return f"***, {town}" if town else "***"


MASKS = {"nik": mask_nik, "phone": mask_phone, "email": mask_email, "address": mask_address}


def masked(values: dict[str, object]) -> dict[str, object]:
    """A copy with every personal field masked."""
    return {
        key: MASKS[key](value) if key in MASKS and isinstance(value, str) and value else value
        for key, value in values.items()
    }
