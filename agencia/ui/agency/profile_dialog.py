"""Archivo ▸ «Perfil de la agencia…»: what the agency's decks say of it, edited by an
administrator.

Five tabs: the agency (names, tagline, who we are, locale, currency and its Spanish), what
it offers (services, and how it works with an account, step by step), contact details,
its image (logo, colours, the deck's type family, with a preview of the deck's cover),
and the same texts in English for English decks (profile_english). The rules are the
service's own (`profile_errors` in agencia.services.agency.profile), shown under each
field as the person types; a tab holding a refused field says so with an icon. A save
that finds the profile changed meanwhile keeps the person's edits, says what the other
person changed, and lets them save over it (profile_reload).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import Conflict
from agencia.domain.text import fill
from agencia.domain.zones import COMMON as COMMON_ZONES
from agencia.services import images
from agencia.services.agency import profile as service
from agencia.services.agency.profile import AgencyProfileInput, AgencyProfileView
from agencia.ui.agency.profile_editors import (
    ColorButton,
    CoverPreview,
    ProcessEditor,
    ServicesEditor,
    contrast,
)
from agencia.ui.agency.profile_english import FIELDS, build_english, refresh_missing
from agencia.ui.agency.profile_reload import reloaded
from agencia.ui.auth.regions import CURRENCIES, LOCALES, currency_of, locale_label
from agencia.ui.formatting import date_text, money
from agencia.ui.ops import Operations
from agencia.ui.style import tokens
from agencia.ui.widgets.doc_widgets import GrowingTextEdit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.image_picker import ImagePicker
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.scrolling import scrolling
from agencia.ui.widgets.text import plain_label

# which tab holds each field (the order the tabs show)
TABS: tuple[tuple[str, ...], ...] = (
    ("name", "legal_name", "tax_id", "tagline", "about", "locale", "currency", "spanish"),
    ("services", "process"),
    ("address", "phone", "email", "website"),
    ("logo", "primary_color", "secondary_color", "deck_font"),
    FIELDS,
)


def _dot(color: str) -> QIcon:
    """A small filled circle: a tab with a refused field (colour, and the tooltip says it)."""
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class ProfileDialog(FormDialog):
    """The agency's profile. Signals: `saved(SaveResult, AgencyProfileInput)` once stored."""

    # the «Inglés» tab's editors (profile_english.build_english makes them)
    tagline_en: QLineEdit
    about_en: GrowingTextEdit
    services_en: ServicesEditor
    process_en: ProcessEditor
    english_missing: QLabel

    def __init__(
        self,
        ops: Operations,
        profile: AgencyProfileView,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Perfil de la agencia"), parent)
        self.setObjectName("profileDialog")
        self.profile = profile
        self.version = profile.version
        self.locale_ = locale
        self._loading = True
        self._logo_edited = False  # a new logo chosen, or the logo removed
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profileTabs")
        self.tabs.setDocumentMode(True)
        intro = plain_label(
            self.tr(
                "Lo que las presentaciones de la agencia y de cada campaña dicen de ella: "
                "portada, quiénes somos, servicios, forma de trabajar y contacto."
            ),
            self,
        )
        intro.setProperty("role", "secondary")
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.body.addWidget(self.tabs, 1)
        # the tabs scroll (`_tab`): they, not the form dialog's spacer, take the height
        outer = self.layout()
        if isinstance(outer, QBoxLayout):
            spacer = outer.indexOf(self.body) + 1
            outer.setStretch(spacer, 0)
            outer.setStretchFactor(self.body, 1)
        self.forms: list[Form] = []
        self._error_dot = _dot(tokens()["error"])
        self._build_agency()
        self._build_offer()
        self._build_contact()
        self._build_image()
        build_english(self, self._tab(self.tr("Inglés")))
        for form in self.forms:
            self.add_form(form)
        self._align_labels()
        self._fill(profile)
        self._loading = False
        refresh_missing(self)
        resize_within_screen(self, 760, 640)
        self._refresh_side()
        self.revalidate()
        self.name.setFocus()

    # -- building ------------------------------------------------------------------------------
    def _tab(self, title: str) -> Form:
        """A tab whose page scrolls: the tallest tab (Imagen, Inglés) set the dialog's
        minimum height past a 700-px screen, Guardar out of sight, and left the others
        with an empty band above the buttons."""
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 16, 8, 8)
        form = Form(page)
        column.addWidget(form)
        column.addStretch(1)
        self.tabs.addTab(scrolling(page), title)
        self.forms.append(form)
        return form

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"profile_{name}")
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_agency(self) -> None:
        form = self._tab(self.tr("Agencia"))
        self.name = self._line("name")
        form.add("name", self.tr("Nombre comercial *"), self.name)
        self.legal_name = self._line("legal_name", self.tr("Opcional"))
        form.add("legal_name", self.tr("Razón social"), self.legal_name)
        self.tax_id = self._line("tax_id", self.tr("Opcional"))
        self.tax_id.setMaximumWidth(220)
        form.add("tax_id", self.tr("NIF / CIF"), self.tax_id)
        self.tagline = self._line("tagline", self.tr("Una línea bajo el nombre, en la portada"))
        form.add("tagline", self.tr("Lema"), self.tagline)
        self.about = GrowingTextEdit(
            self.tr("Quiénes somos: historia, tamaño, en qué destacamos"), 5, 10, self
        )
        self.about.setObjectName("profile_about")
        form.add("about", self.tr("Quiénes somos"), self.about)
        self.locale_box = QComboBox(self)
        self.locale_box.setObjectName("profile_locale")
        for name in LOCALES:
            self.locale_box.addItem(locale_label(name), name)
        form.add("locale", self.tr("Formato regional"), self.locale_box)
        self.currency_box = QComboBox(self)
        self.currency_box.setObjectName("profile_currency")
        for code in CURRENCIES:
            self.currency_box.addItem(code, code)
        self.currency_box.setMaximumWidth(120)
        form.add("currency", self.tr("Moneda"), self.currency_box)
        self.spanish_box = QComboBox(self)
        self.spanish_box.setObjectName("profile_spanish")
        for code, text in (
            ("spain", self.tr("Español de España (móvil, vídeo)")),
            ("latam", self.tr("Español de Latinoamérica (celular, video)")),
        ):
            self.spanish_box.addItem(text, code)
        self.spanish_box.setToolTip(
            self.tr("El de las presentaciones; cada cuenta puede elegir el suyo.")
        )
        form.add("spanish", self.tr("Español"), self.spanish_box)
        self.time_zone = self._line(
            "time_zone", self.tr("La de este equipo (p. ej. Europe/Madrid)")
        )
        self.time_zone.setCompleter(QCompleter(list(COMMON_ZONES), self.time_zone))
        form.add("time_zone", self.tr("Zona horaria"), self.time_zone)
        self.example = plain_label("", self)
        self.example.setProperty("role", "caption")
        self.example.setWordWrap(True)
        form.add_row("", self.example)
        self.locale_box.currentIndexChanged.connect(self._locale_changed)
        self.currency_box.currentIndexChanged.connect(lambda _i: self._refresh_side())

    def _build_offer(self) -> None:
        form = self._tab(self.tr("Servicios y método"))
        self.services = ServicesEditor(self)
        form.add("services", self.tr("Servicios"), self.services)
        self.process = ProcessEditor(self)
        form.add("process", self.tr("Cómo trabajamos"), self.process)
        note = plain_label(
            fill(
                self.tr(
                    "Un servicio por línea (hasta %1) y los pasos en el orden en que se dan "
                    "(hasta %2): la presentación de la agencia los muestra así."
                ),
                str(service.MAX_SERVICES),
                str(service.MAX_STEPS),
            ),
            self,
        )
        note.setProperty("role", "caption")
        note.setWordWrap(True)
        form.add_row("", note)
        for editor, name in ((self.services, "services"), (self.process, "process")):
            editor.changed.connect(lambda n=name: self._touched(n))

    def _build_contact(self) -> None:
        form = self._tab(self.tr("Contacto"))
        self.address = GrowingTextEdit(self.tr("Calle, número, código postal y ciudad"), 2, 4, self)
        self.address.setObjectName("profile_address")
        form.add("address", self.tr("Dirección"), self.address)
        self.phone = self._line("phone", "+34 910 000 000")
        self.phone.setMaximumWidth(260)
        form.add("phone", self.tr("Teléfono"), self.phone)
        self.email = self._line("email", "hola@agencia.es")
        form.add("email", self.tr("Correo electrónico"), self.email)
        self.website = self._line("website", "https://www.agencia.es")
        form.add("website", self.tr("Sitio web"), self.website)
        note = plain_label(self.tr("Aparecen en la última diapositiva de cada presentación."), self)
        note.setProperty("role", "caption")
        form.add_row("", note)

    def _build_image(self) -> None:
        form = self._tab(self.tr("Imagen"))
        self.logo = ImagePicker(
            self.ops,
            title=self.tr("Logotipo de la agencia"),
            limit=images.LOGO_MAX_BYTES,
            box=QSize(200, 100),
            empty_text=self.tr("Sin logotipo"),
            parent=self,
        )
        self.logo.setObjectName("profile_logo")
        form.add("logo", self.tr("Logotipo"), self.logo)
        colours = QWidget(self)
        row = QHBoxLayout(colours)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.primary = ColorButton(self.tr("Color principal"), self)
        self.primary.setObjectName("profile_primary_color")
        self.secondary = ColorButton(self.tr("Color secundario"), self)
        self.secondary.setObjectName("profile_secondary_color")
        form.add("primary_color", self.tr("Color principal"), self.primary)
        form.add("secondary_color", self.tr("Color secundario"), self.secondary)
        self.font_box = QComboBox(self)
        self.font_box.setObjectName("profile_deck_font")
        for family in service.DECK_FONTS:
            self.font_box.addItem(family, family)
        self.font_box.setMaximumWidth(200)
        form.add("deck_font", self.tr("Tipografía"), self.font_box)
        self.preview = CoverPreview(self)
        self.contrast_note = plain_label("", self)
        self.contrast_note.setProperty("role", "caption")
        self.contrast_note.setWordWrap(True)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 8, 0, 0)
        side_column.setSpacing(4)
        side_column.addWidget(self.preview)
        side_column.addWidget(self.contrast_note)
        form.add_row(self.tr("Portada"), side)
        for button, name in ((self.primary, "primary_color"), (self.secondary, "secondary_color")):
            button.color_changed.connect(lambda _c, n=name: self._touched(n))
        self.logo.changed.connect(lambda: self._touched("logo"))
        self.logo.failed.connect(lambda text: self._logo_refused(text))
        self.logo.reading_changed.connect(lambda _r: self.revalidate())
        for edit in (self.name, self.tagline):
            edit.textChanged.connect(lambda _t: self._refresh_side())

    def _align_labels(self) -> None:
        """One label column for the four tabs: the fields do not jump when the tab changes."""
        labels = [label for form in self.forms for label in form.labels.values()]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        for button in self.findChildren(QPushButton):
            if button not in (self.save_button, self.cancel_button):
                button.setAutoDefault(False)  # Enter saves, whatever has the focus

    # -- the data ------------------------------------------------------------------------------
    def _fill(self, p: AgencyProfileView) -> None:
        self.name.setText(p.name)
        self.legal_name.setText(p.legal_name)
        self.tax_id.setText(p.tax_id)
        self.time_zone.setText(p.time_zone)
        self.tagline.setText(p.tagline)
        self.about.setPlainText(p.about)
        self.locale_box.setCurrentIndex(max(self.locale_box.findData(p.locale), 0))
        if self.locale_box.findData(p.locale) < 0:  # a locale the list does not offer
            self.locale_box.addItem(locale_label(p.locale), p.locale)
            self.locale_box.setCurrentIndex(self.locale_box.count() - 1)
        if self.currency_box.findData(p.currency) < 0:
            self.currency_box.addItem(p.currency, p.currency)
        self.currency_box.setCurrentIndex(self.currency_box.findData(p.currency))
        self.services.set_services(p.services)
        self.process.set_steps(p.process)
        self.address.setPlainText(p.address)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.website.setText(p.website)
        self.logo.set_data(p.logo, self.tr("Logotipo actual"))
        self.primary.set_color(p.primary_color)
        self.secondary.set_color(p.secondary_color)
        self.font_box.setCurrentIndex(max(self.font_box.findData(p.deck_font), 0))
        self.spanish_box.setCurrentIndex(max(self.spanish_box.findData(p.spanish), 0))
        self.tagline_en.setText(p.tagline_en)
        self.about_en.setPlainText(p.about_en)
        self.services_en.set_services(p.services_en)
        self.process_en.set_steps(p.process_en)

    def collect(self) -> AgencyProfileInput:
        logo = self.logo.data()
        return AgencyProfileInput(
            name=self.name.text(),
            legal_name=self.legal_name.text(),
            tax_id=self.tax_id.text(),
            tagline=self.tagline.text(),
            about=self.about.toPlainText(),
            services=self.services.services(),
            process=self.process.steps(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            primary_color=self.primary.color(),
            secondary_color=self.secondary.color(),
            deck_font=str(self.font_box.currentData() or ""),
            locale=str(self.locale_box.currentData() or ""),
            currency=str(self.currency_box.currentData() or ""),
            logo=logo if self._logo_edited else None,
            remove_logo=self._logo_edited and logo is None,
            time_zone=self.time_zone.text(),
            tagline_en=self.tagline_en.text(),
            about_en=self.about_en.toPlainText(),
            services_en=self.services_en.services(),
            process_en=self.process_en.steps(),
            spanish=str(self.spanish_box.currentData() or "spain"),
        )

    def field_errors(self, data: AgencyProfileInput) -> FieldErrors:
        errors = service.profile_errors(data)
        image = self.logo.image
        if data.logo is not None and image is not None:
            low, high = images.LOGO_MIN_PIXELS, images.LOGO_MAX_PIXELS
            if not low <= min(image.width, image.height) or max(image.width, image.height) > high:
                errors["logo"] = ("field.image_pixels", {"min": low, "max": high})
        return errors

    def revalidate(self) -> bool:
        valid = super().revalidate()
        if self.logo.reading:  # the file is still being read
            self.save_button.setEnabled(False)
            valid = False
        self._mark_tabs()
        return valid

    def submit(self, data: AgencyProfileInput) -> None:
        self.write(service.update_profile, data, self.version)

    # -- the person's edits --------------------------------------------------------------------
    def _touched(self, name: str) -> None:
        if self._loading:
            return
        for form in self.forms:
            if name in form.editors:
                form.touched.add(name)
        if name == "logo":
            self._logo_edited = True
            self.set_extra_error("logo", "")  # a new choice replaces a refused file
        self._refresh_side()
        refresh_missing(self)
        self.revalidate()

    def _logo_refused(self, text: str) -> None:
        for form in self.forms:
            if "logo" in form.editors:
                form.touched.add("logo")
        self.set_extra_error("logo", text)

    def _locale_changed(self) -> None:
        code = currency_of(str(self.locale_box.currentData()))
        if not self._loading and self.currency_box.findData(code) >= 0:
            self.currency_box.setCurrentIndex(self.currency_box.findData(code))
        self._refresh_side()

    def _refresh_side(self) -> None:
        """The example of amounts and dates, the restart note, the cover preview."""
        if self._loading:
            return
        name = str(self.locale_box.currentData())
        currency = str(self.currency_box.currentData())
        locale = QLocale(name)
        text = self.tr("Así se verán los importes y las fechas: %1 · %2")
        text = fill(
            text, money(Decimal("1250000"), currency, locale), date_text(date.today(), locale)
        )
        if (name, currency) != (self.profile.locale, self.profile.currency):
            text += "\n" + self.tr(
                "El nuevo formato y la moneda se aplican al volver a abrir Agencia; los "
                "importes ya guardados no se convierten."
            )
        self.example.setText(text)
        image = self.logo.image
        self.preview.set_content(
            self.name.text().strip(),
            self.tagline.text().strip(),
            self.primary.color(),
            self.secondary.color(),
            image.thumbnail if image else None,
        )
        white = contrast(QColor("#FFFFFF"), QColor(self.primary.color()))
        if white < 4.5:
            self.contrast_note.setText(
                self.tr(
                    "El color principal es claro: el texto sobre él irá en gris oscuro, y los "
                    "títulos en un tono más oscuro del mismo color."
                )
            )
        else:
            self.contrast_note.setText(self.tr("Así empieza la presentación de la agencia."))

    def _mark_tabs(self) -> None:
        """A tab with a refused field shows the error icon (its fields are out of sight)."""
        for n, (form, names) in enumerate(zip(self.forms, TABS, strict=True)):
            wrong = any(form.error(name) for name in names if name in form.editors)
            self.tabs.setTabIcon(n, self._error_dot if wrong else QIcon())
            tip = self.tr("Hay campos por revisar en esta pestaña") if wrong else ""
            self.tabs.setTabToolTip(n, tip)

    def _focus_first_error(self) -> None:
        self._mark_tabs()  # the errors were revealed after the last revalidate
        for n, form in enumerate(self.forms):
            for name, editor in form.editors.items():
                if form.error(name):
                    self.tabs.setCurrentIndex(n)
                    editor.setFocus()
                    page = self.tabs.currentWidget()
                    if isinstance(page, QScrollArea):  # the field may be below the fold
                        page.ensureWidgetVisible(editor)
                    return

    # -- a save meanwhile ----------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self._mark_tabs()
        if isinstance(error, Conflict):  # someone saved meanwhile: show what, keep ours
            self.ops.read(service.get_profile, on_done=self._reloaded, on_error=lambda _e: None)

    def _reloaded(self, current: AgencyProfileView) -> None:
        reloaded(self, current)
