"""The satisfaction page: account health, survey results with their charts, improvement
actions, the survey designer and the fast entry form."""
