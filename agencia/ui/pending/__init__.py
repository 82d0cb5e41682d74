"""The Pendientes area: what waits for the signed-in person, with a count on the rail."""
