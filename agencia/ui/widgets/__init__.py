"""Small widgets shared by the areas: status chips, validated forms, empty states."""
