"""The people area: staff, sign-in accounts, account groups and account teams."""
