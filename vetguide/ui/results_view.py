"""Display of :class:`Recommendations`: advice boxes and one card per action.

Display only: every verdict, reason, explanation and label comes from the recommender and
the texts file. Colour always goes with text (a verdict label, a ✔ ✘ ? mark).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Catalogue
from vetguide.model.present import format_deadline, format_eur
from vetguide.model.recommend import (
    ActionResult,
    ActivityMatch,
    ClusterAdvice,
    CriterionResult,
    MobilityAdvice,
    PartnershipAdvice,
    Recommendations,
)
from vetguide.model.texts import Texts
from vetguide.model.vocab import Outcome, Verdict

MARKS = {Outcome.MET: "✔", Outcome.NOT_MET: "✘", Outcome.UNKNOWN: "?"}
# Foreground on background, both fixed so the contrast holds in light and dark themes.
VERDICT_COLOURS = {
    Verdict.ELIGIBLE: ("#14532d", "#dcfce7"),
    Verdict.CONDITIONAL: ("#713f12", "#fef3c7"),
    Verdict.INELIGIBLE: ("#7f1d1d", "#fee2e2"),
}
VERDICT_SYMBOLS = {Verdict.ELIGIBLE: "✔", Verdict.CONDITIONAL: "?", Verdict.INELIGIBLE: "✘"}
OUTCOME_COLOURS = {Outcome.MET: "#15803d", Outcome.NOT_MET: "#b91c1c", Outcome.UNKNOWN: "#a16207"}
UNVERIFIED = "unverified"
UNVERIFIED_HELP = "Not yet checked against an official source: check it in the Programme Guide."


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


def heading(text: str, *, level: int = 1) -> WrapLabel:
    label = wrapped(text)
    font = QFont(label.font())
    font.setBold(True)
    if level == 1 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def unverified_mark(verified: bool) -> str:
    return "" if verified else f" [{UNVERIFIED}]"


def day_range(low: int | None, high: int | None) -> str:
    if low and high:
        return f"{low}–{high} days"
    if low:
        return f"from {low} days"
    if high:
        return f"up to {high} days"
    return ""


class VerdictBadge(WrapLabel):
    """'✔ As applicant: Eligible' on the verdict's colour."""

    def __init__(self, role: str, verdict: Verdict, texts: Texts, parent: QWidget | None = None):
        label = texts.verdicts[verdict]
        plain = f"{role}: {label.label}"
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
        mark.setStyleSheet(f"color: {OUTCOME_COLOURS[result.outcome]}; font-weight: bold;")
        mark.setAccessibleName(texts.outcomes[result.outcome])
        mark.setToolTip(texts.outcomes[result.outcome])
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance("✘✘"))
        layout.addWidget(mark, 0, 0, Qt.AlignmentFlag.AlignTop)

        head = f"<b>{escape(result.label)}</b> ({escape(texts.outcomes[result.outcome])})"
        if not result.verified:
            head += f" <i>[{UNVERIFIED}]</i>"
        text = wrapped(
            f"{head}: {escape(result.explanation)}", rich=True, object_name="explanation"
        )
        if not result.verified:
            text.setToolTip(UNVERIFIED_HELP)
        layout.addWidget(text, 0, 1)
        row = 1
        if result.fix:
            fix = wrapped(
                f"<i>What would make it pass:</i> {escape(result.fix)}",
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

        title = heading(f"{rank}. {result.code} — {result.title}")
        title.setObjectName("title")
        layout.addWidget(title)

        badges = QHBoxLayout()
        self.applicant_badge = VerdictBadge("As applicant", result.verdict, texts)
        self.applicant_badge.setObjectName("applicant_verdict")
        self.partner_badge = VerdictBadge(f"As {partner_name}", result.partner_verdict, texts)
        self.partner_badge.setObjectName("partner_verdict")
        badges.addWidget(self.applicant_badge)
        badges.addWidget(self.partner_badge)
        badges.addStretch(1)
        layout.addLayout(badges)

        self.check = QCheckBox(f"Add {result.code} to the shortlist")
        self.check.setObjectName("choose")
        self.check.setAccessibleName(f"Add {result.code} {result.title} to the shortlist")
        self.check.toggled.connect(lambda on: self.toggled.emit(self.code, on))
        layout.addWidget(self.check)

        layout.addWidget(wrapped(f"Fit with your goals: {result.fit}/100", object_name="fit"))
        facts = [f"Submit to: {texts.submit_to[result.submit_to]}"]
        if result.deadline is not None:
            facts.append(f"Deadline: {format_deadline(result.deadline)}")
        for line in [*facts, *result.reasons]:
            layout.addWidget(wrapped(line, object_name="reason"))

        layout.addWidget(heading("Criteria as applicant", level=2))
        for criterion in result.criteria:
            layout.addWidget(CriterionRow(criterion, texts))

        self.partner_toggle = QToolButton()
        self.partner_toggle.setObjectName("partner_toggle")
        self.partner_toggle.setText(f"Criteria as {partner_name} ({len(result.partner_criteria)})")
        self.partner_toggle.setAccessibleName(
            f"Show the criteria for {result.code} as {partner_name}"
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

    def add_line(self, text: str, *, indent: int = 0, object_name: str = "line") -> QLabel:
        label = wrapped(text, object_name=object_name)
        if indent:
            label.setIndent(indent * label.fontMetrics().horizontalAdvance("M"))
        self.body.addWidget(label)
        return label


def _activity_line(activity: ActivityMatch) -> str:
    days = day_range(activity.min_days, activity.max_days)
    return f"• {activity.name}{f' ({days})' if days else ''}{unverified_mark(activity.verified)}"


def mobility_box(advice: MobilityAdvice | None) -> AdviceBox:
    box = AdviceBox("Mobility route", "mobility_advice")
    if advice is None:
        box.add_line("No mobility action is open to your organisation as applicant.")
        return box
    box.add_line(f"{advice.code} — {advice.title}", object_name="choice")
    for reason in advice.reasons:
        box.add_line(reason)
    if advice.next_step:
        box.add_line(f"Next step: {advice.next_step}", object_name="next_step")
    if advice.activities:
        box.add_line("Activities you could fund:")
        for activity in advice.activities:
            box.add_line(_activity_line(activity), indent=1, object_name="activity")
    return box


def partnership_box(advice: PartnershipAdvice | None) -> AdviceBox:
    box = AdviceBox("Partnership size", "partnership_advice")
    if advice is None:
        box.add_line("No partnership action is open to your organisation as applicant.")
        return box
    box.add_line(
        f"{advice.code} — {advice.title}: lump sum {format_eur(advice.lump_sum_eur)}",
        object_name="choice",
    )
    for reason in advice.reasons:
        box.add_line(reason)
    return box


def clusters_box(clusters: list[ClusterAdvice]) -> AdviceBox:
    box = AdviceBox("Centres of Vocational Excellence: clusters for your goals", "cove_advice")
    if not clusters:
        box.add_line("None of your goals matches a CoVE cluster.")
        return box
    for cluster in clusters:
        box.add_line(f"{cluster.title}{unverified_mark(cluster.verified)}", object_name="choice")
        box.add_line(cluster.reason, indent=1)
        for example in cluster.examples:
            box.add_line(f"• {example}", indent=2, object_name="example")
    return box


class ResultsView(QWidget):
    """The whole result: stamp, legend, three advice boxes and the ranked action cards.

    Built once per result; the results page makes a new view when the answers change.
    """

    chosen_changed = Signal(str, bool)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.cards: list[ActionCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 8, 0)

    def show_recommendations(
        self, result: Recommendations, catalogue: Catalogue, chosen: list[str]
    ) -> None:
        stamp = wrapped(
            f"Call {result.call_year} · data as of {result.data_as_of.isoformat()} · "
            f"checked for {result.today.isoformat()}. {catalogue.guide_note}",
            object_name="stamp",
        )
        self._layout.addWidget(stamp)
        outcomes = self.texts.outcomes
        legend = wrapped(
            f"✔ {outcomes[Outcome.MET]}   ✘ {outcomes[Outcome.NOT_MET]}   "
            f"? {outcomes[Outcome.UNKNOWN]}   [{UNVERIFIED}] = {UNVERIFIED_HELP}",
            object_name="legend",
        )
        self._layout.addWidget(legend)

        self._layout.addSpacing(8)
        self._layout.addWidget(heading("What we suggest"))
        self._layout.addWidget(mobility_box(result.mobility))
        self._layout.addWidget(partnership_box(result.partnership))
        self._layout.addWidget(clusters_box(result.cove_clusters))

        self._layout.addSpacing(8)
        self._layout.addWidget(heading("All actions, best fit first"))
        for rank, item in enumerate(result.actions, start=1):
            action = catalogue.action(item.code)
            partner_name = action.partner.name if action.partner else "partner"
            card = ActionCard(rank, item, partner_name, self.texts)
            card.check.setChecked(item.code in chosen)
            card.toggled.connect(self.chosen_changed)
            self._layout.addWidget(card)
            self.cards.append(card)
        self._layout.addStretch(1)

    def card(self, code: str) -> ActionCard:
        for card in self.cards:
            if card.code == code:
                return card
        raise KeyError(code)
