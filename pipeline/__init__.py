"""From a dropped file to an archived, indexed, audited document."""
