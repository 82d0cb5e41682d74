"""The demo agency's data, by area: the agency and its people, the clients, the campaigns.

Plain values in the language of `agencia.demo.plan`, no logic: each area's demo module
turns them into rows or plays them through the services.
"""
