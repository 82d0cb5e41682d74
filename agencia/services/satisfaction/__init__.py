"""The satisfaction area: survey templates, responses, results, improvement actions and
the account health indicator."""
