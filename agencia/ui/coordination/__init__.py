"""The coordination page: Mis tareas, the campaign's timeline, the workload and the
suppliers directory."""
