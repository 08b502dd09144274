"""Display of :class:`Recommendations`: advice boxes and one card per action.

Display only: every verdict, reason, explanation and label comes from the recommender and
the texts file. Colour always goes with text (a verdict label, a ✔ ✘ ? mark).

Languages: the words of the view go through ``tr``; the model's words (verdicts, reasons,
titles) come in the language the result was computed in, and dates and amounts are written
for :func:`vetguide.ui.i18n.model_language`. Where a title is a translation, the official
English title is shown beside it, as users meet it on the portals. A view is built for one
result; its page computes a new result and builds a new view when the language changes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Catalogue
from vetguide.model.formatting import format_date
from vetguide.model.present import (
    day_range,
    format_eur,
    marked_deadline,
    rules_summary,
    verdict_text,
)
from vetguide.model.present import unverified_mark as present_mark
from vetguide.model.recommend import (
    ActionResult,
    ActivityMatch,
    ClusterAdvice,
    CriterionResult,
    FieldAdvice,
    MobilityAdvice,
    PartnershipAdvice,
    Recommendations,
)
from vetguide.model.resources import load_texts
from vetguide.model.texts import Texts
from vetguide.model.vocab import Outcome, Verdict
from vetguide.ui.action_html import mark_text
from vetguide.ui.i18n import current_language, model_language, tr
from vetguide.ui.palette import NEUTRAL_BADGE, VERDICT_COLOURS, scheme

MARKS = {Outcome.MET: "✔", Outcome.NOT_MET: "✘", Outcome.UNKNOWN: "?"}
VERDICT_SYMBOLS = {Verdict.ELIGIBLE: "✔", Verdict.CONDITIONAL: "?", Verdict.INELIGIBLE: "✘"}


def unverified_help() -> str:
    return tr("Not yet checked against an official source: check it in the Programme Guide.")


def with_official(title: str, official: str | None) -> str:
    """'Kratkoročni … (Short-term projects …)': a translated title with the official one."""
    return f"{title} ({official})" if official and official != title else title


def titled(code: str, title: str, official: str | None) -> str:
    """'KA122-VET — Kratkoročni … (Short-term projects …)': the English title kept visible."""
    return f"{code} — {with_official(title, official)}"


def official_title(catalogue: Catalogue, code: str) -> str | None:
    try:
        return catalogue.action(code).official_title
    except KeyError:
        return None


class WrapLabel(QLabel):
    """A word-wrapped label whose minimum height is one line.

    QLabel's own minimum for wrapped text is its height at the narrowest width, which makes
    scroll areas and layouts reserve far too much room; with this minimum the layouts size
    the label by ``heightForWidth`` at the width it really gets.
    """

    one_line = False  # True: ask for the width of the whole text on one line

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        return QSize(min(hint.width(), metrics.averageCharWidth() * 16), metrics.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.one_line:
            return hint
        # The text on one line, plus room for a style sheet's padding and border and for
        # the few pixels by which wrapped layout differs from the plain measure.
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 24 + 2 * metrics.averageCharWidth()
        return QSize(width, self.heightForWidth(width))


def wrapped(text: str = "", *, rich: bool = False, object_name: str = "") -> WrapLabel:
    """A word-wrapped label; plain text unless ``rich`` (then the caller escapes)."""
    label = WrapLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


GLOSSARY_SCHEME = "glossary:"


class GlossaryLink(WrapLabel):
    """A small "What is …?" link to one glossary term; ``requested`` carries the term id.

    Reachable by keyboard (Tab to the link, Enter opens it) and named for screen readers.
    The view only asks; whoever shows the glossary connects ``requested``.
    """

    requested = Signal(str)

    def __init__(self, term_id: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_id = term_id
        self.setObjectName(f"glossary_link_{term_id}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        # One Tab stop, whatever the direction: QLabel's own keyboard walk over its links
        # kept the focus on the link on Shift+Tab. The mouse still clicks the link; the
        # keyboard opens it with Enter or Space, and paintEvent shows the focus.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.linkActivated.connect(self._link_activated)
        if text:
            self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show ``text`` (plain, already translated) as the link."""
        self.setText(f'<a href="{GLOSSARY_SCHEME}{escape(self.term_id)}">{escape(text)}</a>')
        self.setAccessibleName(text)
        self.setAccessibleDescription(tr("Opens the explanation in the glossary."))
        self.setToolTip(tr("Opens the explanation in the glossary."))

    def activate(self) -> None:
        """Open the link as a click would."""
        self.requested.emit(self.term_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.contentsRect()
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.activate()
            return
        super().keyPressEvent(event)

    def _link_activated(self, href: str) -> None:
        if href.startswith(GLOSSARY_SCHEME):
            self.requested.emit(href.removeprefix(GLOSSARY_SCHEME))


def submit_to_link(where: str) -> GlossaryLink:
    """The link explaining the body an action is submitted to (ids as in the glossary)."""
    if where == "eacea":
        return GlossaryLink("eacea", tr("What is EACEA?"))
    return GlossaryLink("national_agency", tr("What is a national agency?"))


def heading(text: str, *, level: int = 1) -> WrapLabel:
    label = wrapped(text)
    font = QFont(label.font())
    font.setBold(True)
    if level == 1 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def unverified_mark(verified: bool, texts: Texts | None = None) -> str:
    """The unverified mark (:func:`~vetguide.ui.action_html.mark_text`) after an unverified
    fact, in plain text; "" after a verified one."""
    if verified:
        return ""
    return f" {present_mark(texts) if texts is not None else mark_text()}"


class VerdictBadge(WrapLabel):
    """'✔ As applicant: Eligible' on the verdict's colour (``role`` None: as applicant)."""

    def __init__(
        self,
        role: str | None,
        verdict: Verdict,
        texts: Texts,
        parent: QWidget | None = None,
    ):
        label = texts.verdicts[verdict]
        plain = verdict_text(verdict, texts, role).rstrip(".")
        super().__init__(f"{VERDICT_SYMBOLS[verdict]} {plain}", parent)
        fg, bg = VERDICT_COLOURS[verdict]
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg};"
            " border-radius: 4px; padding: 2px 8px; font-weight: bold; }"
        )
        self.setWordWrap(True)
        self.one_line = True
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(label.help)
        self.setAccessibleName(plain)
        self.setAccessibleDescription(label.help)
        self.verdict = verdict


class NoPartnerBadge(WrapLabel):
    """'No partners in this action': neutral, for an action with a single applicant."""

    def __init__(self, texts: Texts, parent: QWidget | None = None):
        plain = texts.say("no_partners").rstrip(".")
        super().__init__(f"– {plain}", parent)
        self.setStyleSheet(
            f"QLabel {{ color: {NEUTRAL_BADGE[0]}; background: {NEUTRAL_BADGE[1]};"
            f" border: 1px solid {NEUTRAL_BADGE[0]}; border-radius: 4px; padding: 2px 8px; }}"
        )
        self.setWordWrap(True)
        self.one_line = True
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(plain)
        self.verdict = None


class CriterionRow(QWidget):
    """One criterion: mark, label, explanation, and what would make it pass."""

    def __init__(self, result: CriterionResult, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"criterion_{result.role.value}_{result.id}")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(8)
        mark = QLabel(MARKS[result.outcome])
        mark.setObjectName("mark")
        mark.setStyleSheet(f"color: {scheme().marks[result.outcome]}; font-weight: bold;")
        mark.setAccessibleName(texts.outcomes[result.outcome])
        mark.setToolTip(texts.outcomes[result.outcome])
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance("✘✘"))
        layout.addWidget(mark, 0, 0, Qt.AlignmentFlag.AlignTop)

        # The ✔ says "met" (and is named so for screen readers); other outcomes in words too.
        head = f"<b>{escape(result.label)}</b>"
        if result.outcome is not Outcome.MET:
            head += f" ({escape(texts.outcomes[result.outcome])})"
        if not result.verified:
            head += f" <i>{escape(present_mark(texts))}</i>"
        if result.third_party_only:
            head += f" <i>{escape(texts.say('third_party_only'))}</i>"
        text = wrapped(
            f"{head}: {escape(result.explanation)}", rich=True, object_name="explanation"
        )
        if not result.verified:
            text.setToolTip(unverified_help())
        layout.addWidget(text, 0, 1)
        row = 1
        if result.fix:
            what = tr("What would make it pass:")
            fix = wrapped(
                f"<i>{escape(what)}</i> {escape(result.fix)}",
                rich=True,
                object_name="fix",
            )
            layout.addWidget(fix, row, 1)
            row += 1
        layout.setColumnStretch(1, 1)
        self.result = result


class ActionCard(QFrame):
    """One ranked action with its verdicts, reasons, criteria and a shortlist tick box."""

    toggled = Signal(str, bool)

    def __init__(
        self,
        rank: int,
        result: ActionResult,
        partner_name: str,
        texts: Texts,
        parent: QWidget | None = None,
        *,
        official: str | None = None,
        language: str = "en",
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = result.code
        self.setObjectName(f"action_{result.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        fg, _ = VERDICT_COLOURS[result.verdict]
        self.setStyleSheet(
            f"QFrame#action_{result.code} {{ border: 1px solid palette(mid);"
            f" border-left: 6px solid {fg}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)

        title = heading(f"{rank}. {titled(result.code, result.title, official)}")
        title.setObjectName("title")
        layout.addWidget(title)

        badges = QHBoxLayout()
        self.applicant_badge = VerdictBadge(None, result.verdict, texts)
        self.applicant_badge.setObjectName("applicant_verdict")
        self.partner_badge: VerdictBadge | NoPartnerBadge
        if result.partner_verdict is None:
            self.partner_badge = NoPartnerBadge(texts)
        else:
            self.partner_badge = VerdictBadge(partner_name, result.partner_verdict, texts)
        self.partner_badge.setObjectName("partner_verdict")
        badges.addWidget(self.applicant_badge)
        badges.addWidget(self.partner_badge)
        badges.addStretch(1)
        layout.addLayout(badges)

        self.check = QCheckBox(tr("Add {code} to the shortlist").format(code=result.code))
        self.check.setObjectName("choose")
        self.check.setAccessibleName(
            tr("Add {code} {title} to the shortlist").format(code=result.code, title=result.title)
        )
        self.check.toggled.connect(lambda on: self.toggled.emit(self.code, on))
        layout.addWidget(self.check)

        fit = tr("Fit with your goals: {fit}/100").format(fit=result.fit)
        layout.addWidget(wrapped(fit, object_name="fit"))
        facts = [tr("Submit to: {where}").format(where=texts.submit_to[result.submit_to])]
        if result.deadline is not None:
            deadline = marked_deadline(result.deadline, load_texts(language), catalogue)
            facts.append(tr("Deadline: {deadline}").format(deadline=deadline))
        layout.addWidget(wrapped(facts[0], object_name="reason"))
        self.glossary_link = submit_to_link(result.submit_to.value)
        layout.addWidget(self.glossary_link)
        for line in [*facts[1:], *result.reasons]:
            layout.addWidget(wrapped(line, object_name="reason"))

        layout.addWidget(heading(tr("Criteria as applicant"), level=2))
        for criterion in result.criteria:
            layout.addWidget(CriterionRow(criterion, texts))

        self.partner_toggle = QToolButton()
        self.partner_toggle.setObjectName("partner_toggle")
        self.partner_toggle.setText(
            tr("Criteria as {role} ({n})").format(role=partner_name, n=len(result.partner_criteria))
        )
        self.partner_toggle.setAccessibleName(
            tr("Show the criteria for {code} as {role}").format(code=result.code, role=partner_name)
        )
        self.partner_toggle.setCheckable(True)
        self.partner_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.partner_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.partner_toggle.setAutoRaise(True)
        layout.addWidget(self.partner_toggle)
        self.partner_box = QWidget()
        self.partner_box.setObjectName("partner_criteria")
        box = QVBoxLayout(self.partner_box)
        box.setContentsMargins(0, 0, 0, 0)
        for criterion in result.partner_criteria:
            box.addWidget(CriterionRow(criterion, texts))
        self.partner_box.setVisible(False)
        layout.addWidget(self.partner_box)
        self.partner_toggle.setVisible(result.partner_verdict is not None)
        self.partner_toggle.toggled.connect(self._show_partner)
        self.result = result

    def _show_partner(self, shown: bool) -> None:
        self.partner_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.partner_toggle.setArrowType(arrow)


class AdviceBox(QFrame):
    """A titled panel holding lines of advice."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{object_name} {{ border: 1px solid palette(mid); border-radius: 4px; }}"
        )
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.addWidget(heading(title, level=2))
        self.links: list[GlossaryLink] = []

    def add_link(self, link: GlossaryLink) -> GlossaryLink:
        self.body.addWidget(link)
        self.links.append(link)
        return link

    def add_line(self, text: str, *, indent: int = 0, object_name: str = "line") -> QLabel:
        label = wrapped(text, object_name=object_name)
        if indent:
            label.setIndent(indent * label.fontMetrics().horizontalAdvance("M"))
        self.body.addWidget(label)
        return label


def _activity_line(activity: ActivityMatch, texts: Texts) -> str:
    days = day_range(activity.min_days, activity.max_days, texts)
    mark = unverified_mark(activity.verified, texts)
    return f"• {activity.name}{f' ({days})' if days else ''}{mark}"


def mobility_box(
    advice: MobilityAdvice | None, official: str | None = None, texts: Texts | None = None
) -> AdviceBox:
    texts = texts if texts is not None else load_texts(model_language())
    box = AdviceBox(tr("Mobility route"), "mobility_advice")
    if advice is None:
        box.add_line(tr("No mobility action is open to your organisation as applicant."))
        return box
    box.add_line(titled(advice.code, advice.title, official), object_name="choice")
    for reason in advice.reasons:
        box.add_line(reason)
    if advice.next_step:
        step = tr("Next step: {step}").format(step=advice.next_step)
        box.add_line(step, object_name="next_step")
    if advice.activities:
        box.add_line(tr("Activities you could fund:"))
        for activity in advice.activities:
            box.add_line(_activity_line(activity, texts), indent=1, object_name="activity")
    return box


def partnership_box(
    advice: PartnershipAdvice | None, official: str | None = None, language: str = "en"
) -> AdviceBox:
    box = AdviceBox(tr("Partnership size"), "partnership_advice")
    if advice is None:
        box.add_line(tr("No partnership action is open to your organisation as applicant."))
        return box
    amount = format_eur(advice.lump_sum_eur, language=language)
    box.add_line(
        tr("{action}: lump sum {amount}").format(
            action=titled(advice.code, advice.title, official), amount=amount
        ),
        object_name="choice",
    )
    box.add_link(GlossaryLink("lump_sum", tr("What is a lump sum?")))
    for reason in advice.reasons:
        box.add_line(reason)
    return box


def field_box(advice: FieldAdvice, texts: Texts | None = None) -> AdviceBox:
    """Where an organisation whose main field is not VET finds its own strands."""
    box = AdviceBox(tr("Your own field: {title}").format(title=advice.title), "other_field_advice")
    box.add_line(f"{advice.text}{unverified_mark(advice.verified, texts)}")
    box.add_line(
        tr("Actions of that field: {codes}").format(codes=", ".join(advice.actions)),
        object_name="choice",
    )
    return box


def clusters_box(clusters: list[ClusterAdvice], texts: Texts | None = None) -> AdviceBox:
    box = AdviceBox(tr("Centres of Vocational Excellence: clusters for your goals"), "cove_advice")
    if not clusters:
        box.add_line(tr("None of your goals matches a CoVE cluster."))
        return box
    for cluster in clusters:
        mark = unverified_mark(cluster.verified, texts)
        box.add_line(f"{cluster.title}{mark}", object_name="choice")
        box.add_line(cluster.reason, indent=1)
        for example in cluster.examples:
            box.add_line(f"• {example}", indent=2, object_name="example")
    return box


class ResultsView(QWidget):
    """The whole result: stamp, legend, three advice boxes and the ranked action cards.

    Built once per result; the results page makes a new view when the answers or the
    language change (the model's words need a new result). :meth:`retranslate` rebuilds the
    view on its own result, for the view's words alone.
    """

    chosen_changed = Signal(str, bool)
    glossary_requested = Signal(str)  # a term id: a "What is …?" link was opened

    def __init__(self, texts: Texts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts if texts is not None else load_texts(model_language())
        self.language = model_language() if texts is None else texts.language
        self.cards: list[ActionCard] = []
        self.advice_links: list[GlossaryLink] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._shown: tuple[Recommendations, Catalogue] | None = None
        self._ui_language = current_language()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._ui_language != current_language():
            self.retranslate()

    def retranslate(self) -> None:
        """Build the shown result again with the words of the current language."""
        self._ui_language = current_language()
        if self._shown is None:
            return
        result, catalogue = self._shown
        chosen = [card.code for card in self.cards if card.check.isChecked()]
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # not now: a language change may still be on its way
        self.cards = []
        self.advice_links = []
        self.show_recommendations(result, catalogue, chosen)

    def forget(self) -> None:
        """Drop the result (a view about to be replaced builds nothing more)."""
        self._shown = None

    def show_recommendations(
        self, result: Recommendations, catalogue: Catalogue, chosen: list[str]
    ) -> None:
        self._shown = (result, catalogue)
        self._ui_language = current_language()
        language = self.language
        stamp = wrapped(
            tr("Call {year} · data as of {date} · checked for {today}.").format(
                year=result.call_year,
                date=format_date(result.data_as_of, language),
                today=format_date(result.today, language),
            )
            + f" {rules_summary(result, self.texts)} {catalogue.guide_note}",
            object_name="stamp",
        )
        self._layout.addWidget(stamp)
        outcomes = self.texts.outcomes
        legend = wrapped(
            f"✔ {outcomes[Outcome.MET]}   ✘ {outcomes[Outcome.NOT_MET]}   "
            f"? {outcomes[Outcome.UNKNOWN]}   {present_mark(self.texts)} = {unverified_help()}",
            object_name="legend",
        )
        self._layout.addWidget(legend)

        self._layout.addSpacing(8)
        self._layout.addWidget(heading(tr("What we suggest")))
        if result.other_field is not None:
            self._layout.addWidget(field_box(result.other_field, self.texts))
        mobility, partnership = result.mobility, result.partnership
        self._layout.addWidget(
            mobility_box(
                mobility,
                official_title(catalogue, mobility.code) if mobility else None,
                self.texts,
            )
        )
        box = partnership_box(
            partnership,
            official_title(catalogue, partnership.code) if partnership else None,
            language,
        )
        self._layout.addWidget(box)
        self._layout.addWidget(clusters_box(result.cove_clusters, self.texts))
        for link in box.links:
            link.requested.connect(self.glossary_requested)
        self.advice_links = list(box.links)

        self._layout.addSpacing(8)
        self._layout.addWidget(
            heading(
                tr("All actions: eligible first, then possible with changes, then not eligible")
            )
        )
        for rank, item in enumerate(result.actions, start=1):
            action = catalogue.action(item.code)
            partner_name = (
                action.partner.name if action.partner else self.texts.say("partner_fallback")
            )
            card = ActionCard(
                rank,
                item,
                partner_name,
                self.texts,
                official=action.official_title,
                language=language,
                catalogue=catalogue,
            )
            card.check.setChecked(item.code in chosen)
            card.toggled.connect(self.chosen_changed)
            card.glossary_link.requested.connect(self.glossary_requested)
            self._layout.addWidget(card)
            self.cards.append(card)
        self._layout.addStretch(1)

    def card(self, code: str) -> ActionCard:
        for card in self.cards:
            if card.code == code:
                return card
        raise KeyError(code)
