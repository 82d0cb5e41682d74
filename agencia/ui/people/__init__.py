"""The Personas page: the agency's staff, their sign-in accounts and the account groups."""
