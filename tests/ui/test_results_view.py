"""The results view: neutral partner line, ranking and advice in agreement."""

from __future__ import annotations

from datetime import date

from tests.model.factories import profile
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue
from vetguide.model.vocab import Family
from vetguide.ui.results_view import NoPartnerBadge, ResultsView, VerdictBadge

TODAY = date(2026, 1, 10)


def view_for(qtbot, **fields):
    catalogue = load_catalogue()
    result = recommend(profile(**fields), catalogue, TODAY)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_recommendations(result, catalogue, [])
    return view, result


def test_single_applicant_action_shows_no_partners_neutrally(qtbot):
    view, _ = view_for(qtbot, goals=["eu_teaching"])
    card = view.card("ERASMUS-JMO-OFET-LEARNING-EU")
    assert isinstance(card.partner_badge, NoPartnerBadge)
    assert card.partner_badge.text().endswith("No partners in this action")
    assert "Not eligible" not in card.partner_badge.text()
    assert card.partner_toggle.isHidden()
    # An action with partners keeps its partner verdict and criteria.
    ka210 = view.card("KA210-VET")
    assert isinstance(ka210.partner_badge, VerdictBadge)
    assert not ka210.partner_toggle.isHidden()


def test_cards_follow_the_ranking_and_the_advice(qtbot):
    view, result = view_for(qtbot, goals=["learner_mobility"], partners=[{"country": "ES"}])
    assert [card.code for card in view.cards] == [r.code for r in result.actions]
    mobility = [c.code for c in view.cards if c.result.family is Family.MOBILITY]
    assert result.mobility is not None and mobility[0] == result.mobility.code
    # The advice box names the same action the list shows first among mobility actions.
    from PySide6.QtWidgets import QWidget

    box = view.findChild(QWidget, "mobility_advice")
    assert box.findChild(QWidget, "choice").text().startswith(mobility[0])


def test_general_school_sees_where_its_own_field_is(qtbot):
    from PySide6.QtWidgets import QWidget

    view, result = view_for(qtbot, organisation_type="general_school")
    box = view.findChild(QWidget, "other_field_advice")
    assert box is not None
    assert "KA122-SCH" in box.findChild(QWidget, "choice").text()
    assert (
        result.other_field is not None
        and result.other_field.title in box.findChildren(QWidget)[0].text()
    )


def test_vet_school_gets_no_pointer(qtbot):
    from PySide6.QtWidgets import QWidget

    view, _ = view_for(qtbot)
    assert view.findChild(QWidget, "other_field_advice") is None
