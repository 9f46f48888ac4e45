"""The SOP: registers and their numbers, the request workflow, deadlines, notices, reports."""
