"""Who is asking: the signed-in person, as every service call receives it."""

from __future__ import annotations

from dataclasses import dataclass

from agencia.domain.enums import Role, TitleGender


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: every service checks its permission against it, and the trail records it."""

    user_id: int | None
    staff_id: int | None
    login: str
    name: str
    role: Role
    group_id: int | None = None
    title: str = ""  # the agency's own job title for the person ("" = the role's)
    title_gender: TitleGender = TitleGender.MASCULINE  # of the role's default title

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMINISTRATOR


SYSTEM = Actor(user_id=None, staff_id=None, login="system", name="Agencia", role=Role.ADMINISTRATOR)
