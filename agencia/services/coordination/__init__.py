"""Coordination: the teams and vendors who work on a campaign, its tasks and milestones,
their schedule, people's workload, and what vendors cost."""
