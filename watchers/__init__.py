"""Inbox folders: events plus polling, wait-until-stable, jobs, moving sources out."""
