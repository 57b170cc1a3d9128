"""The editable folders (profiles, rewards, training, serving) as package data; see ``userlm.core.resources``."""
