"""What an agency is: enums, rules and the mapped classes. No Qt, no services."""
