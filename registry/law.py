"""The statutory lists the workflow and its letters quote (UU 14/2008, Perki 1/2021)."""

from __future__ import annotations

GROUNDS = {
    "dikecualikan": "informasi yang dikecualikan (Pasal 17 UU 14/2008)",
    "dikecualikan_uu_lain": "dikecualikan berdasarkan undang-undang lain",
    "persyaratan_tidak_lengkap": "persyaratan permintaan tidak lengkap",
}
EXTENSION_REASONS = {
    "belum_dikuasai": "informasi yang diminta belum dikuasai",
    "belum_didokumentasikan": "informasi yang diminta belum didokumentasikan",
    "belum_dapat_diputuskan": (
        "belum dapat diputuskan apakah informasi yang diminta termasuk informasi yang dikecualikan"
    ),
}
OBJECTION_REASONS = {
    "a": "penolakan atas permintaan informasi berdasarkan alasan pengecualian",
    "b": "tidak disediakannya informasi berkala",
    "c": "tidak ditanggapinya permintaan informasi",
    "d": "permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "tidak dipenuhinya permintaan informasi",
    "f": "pengenaan biaya yang tidak wajar",
    "g": "penyampaian informasi yang melebihi waktu yang diatur",
}
DISPUTE_RULINGS = {
    "mediasi_berhasil": "selesai melalui mediasi",
    "dikabulkan": "permohonan dikabulkan seluruhnya",
    "dikabulkan_sebagian": "permohonan dikabulkan sebagian",
    "ditolak": "permohonan ditolak",
    "gugur": "permohonan gugur atau dicabut",
}
