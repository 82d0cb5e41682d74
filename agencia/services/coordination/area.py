"""The coordination area declares itself: teams' capacity and workload, vendors and
their jobs, the tasks and milestones of campaigns and their schedule.

It needs the campaigns area (tasks belong to campaigns; purchase orders climb its
approval ladder), the accounts area (who sees what) and Pendientes (its items)."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.COORDINATION,
    needs=frozenset({AreaId.CAMPAIGNS, AreaId.ACCOUNTS, AreaId.PENDING}),
    announces=frozenset({K.TASK, K.VENDOR, K.VENDOR_JOB, K.CAPACITY}),
    search="agencia.services.coordination.search:find",
    pending="agencia.services.coordination.pending:waiting",
    cli="agencia.cli.coordination",
    ui="agencia.ui.coordination.area",
    demo="agencia.demo.coordination:fill_coordination",
    step_to_task="agencia.services.coordination.next_steps:task_from_next_step",
)
