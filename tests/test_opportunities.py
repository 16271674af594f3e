"""Table tests for detect.opportunities.link on hand-built Email + Classification records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.detect.opportunities import link, slugify, stage_of
from assistant.records import (
    Address,
    Classification,
    Email,
    EmailKind,
    Opportunity,
    OpportunityEvent,
    Stage,
)

OWN = frozenset({"alex.rivera@example.net"})
ME = Address("alex.rivera@example.net", "Alex Rivera")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
K = EmailKind


def mail(
    mid: str,
    sender: str,
    *,
    day: int = 0,
    name: str = "",
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    subject: str = "Your application",
) -> Email:
    return Email(
        key=f"acct/INBOX/{mid}",
        account="acct",
        folder="INBOX",
        message_id=mid,
        subject=subject,
        date=T0 + timedelta(days=day),
        sender=Address(sender, name),
        reply_to=(Address(reply_to),) if reply_to else (),
        to=(ME,),
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
    )


def cls(kind: EmailKind, company: str | None = None, *, role: str | None = None,
        contact: str | None = None, language: str = "en") -> Classification:
    return Classification(kind, 0.9, company=company, contact=contact, role=role,
                          language=language)


def only(result):  # the single opportunity a scenario expects
    assert len(result.opportunities) == 1, [o.id for o in result.opportunities]
    return result.opportunities[0]


def test_ats_ack_then_recruiter_rejection_is_one_opportunity_by_name() -> None:
    result = link([
        (mail("a1", "no-reply@us.greenhouse-mail.io", name="Acme Robotics"),
         cls(K.APPLICATION_RECEIVED, "Acme Robotics", role="Backend Engineer")),
        (mail("a2", "jane@acmerobotics.test", day=9),
         cls(K.REJECTION, "Acme Robotics GmbH", contact="jane@acmerobotics.test")),
    ], [], OWN)
    opp = only(result)
    assert opp.id == "acme-robotics"
    assert opp.stage is Stage.REJECTED
    assert opp.role == "Backend Engineer"
    assert opp.domains == ("acmerobotics.test",)  # never the ATS domain
    assert [c.email for c in opp.contacts] == ["jane@acmerobotics.test"]
    assert result.assignments == {"a1": "acme-robotics", "a2": "acme-robotics"}


def test_same_thread_links_even_when_the_name_is_missing() -> None:
    result = link([
        (mail("b1", "sam@paperkite.test"), cls(K.INTERVIEW_INVITATION, "Paperkite")),
        (mail("b2", "sam@paperkite.test", day=3, in_reply_to="b1"), cls(K.OFFER, None)),
    ], [], OWN)
    opp = only(result)
    assert [e.kind for e in opp.history] == ["interview_invitation", "offer"]
    assert opp.stage is Stage.OFFER


def test_same_domain_links_mail_that_names_no_company() -> None:
    result = link([
        (mail("c1", "hr@kessler-vogt.test"), cls(K.APPLICATION_RECEIVED, "Kessler & Vogt")),
        (mail("c2", "s.wolf@kessler-vogt.test", day=5),
         cls(K.INTERVIEW_INVITATION, None, contact="s.wolf@kessler-vogt.test", language="de")),
    ], [], OWN)
    opp = only(result)
    assert opp.id == "kessler-vogt"
    assert opp.stage is Stage.INTERVIEWING
    assert opp.language == "de"


def test_domain_label_rescues_a_badly_extracted_company_name() -> None:
    result = link([
        (mail("d1", "hannah@meridianhealth.test"), cls(K.INTERVIEW_INVITATION, "Meridian Health")),
        (mail("d2", "hannah@meridianhealth.test", day=2), cls(K.INTERVIEW_RESCHEDULE_OR_CANCEL,
                                                              "Updated")),
    ], [], OWN)
    assert only(result).id == "meridian-health"


def test_ats_address_label_names_the_employer() -> None:
    result = link([
        (mail("e1", "heliogrid@myworkday.com"), cls(K.APPLICATION_RECEIVED, "Helio Grid")),
        (mail("e2", "heliogrid@myworkday.com", day=20), cls(K.REJECTION, None)),
    ], [], OWN)
    opp = only(result)
    assert opp.stage is Stage.REJECTED
    assert opp.contacts == ()  # ATS system senders are never contacts


def test_umlauts_and_legal_suffixes_do_not_split_a_company() -> None:
    result = link([
        (mail("f1", "noreply+brueckner@jobs.personio.de"),
         cls(K.APPLICATION_RECEIVED, "Brückner Maschinenbau GmbH")),
        (mail("f2", "a.schulz@brueckner-maschinenbau.test", day=4),
         cls(K.INTERVIEW_INVITATION, "Abgesagt")),  # a wrong name; the domain label decides
    ], [], OWN)
    assert only(result).stage is Stage.INTERVIEWING


def test_two_roles_at_one_company_are_two_opportunities() -> None:
    result = link([
        (mail("g1", "jobs@northwind.test"),
         cls(K.APPLICATION_RECEIVED, "Northwind", role="Data Engineer")),
        (mail("g2", "jobs@northwind.test", day=1),
         cls(K.APPLICATION_RECEIVED, "Northwind", role="Product Manager")),
        (mail("g3", "priya@northwind.test", day=6),
         cls(K.REJECTION, "Northwind", role="Product Manager", contact="priya@northwind.test")),
        (mail("g4", "priya@northwind.test", day=7),
         cls(K.INTERVIEW_INVITATION, "Northwind", role="Senior Data Engineer (m/w/d)")),
    ], [], OWN)
    by_id = {o.id: o for o in result.opportunities}
    assert set(by_id) == {"northwind", "northwind-product-manager"}
    assert by_id["northwind"].stage is Stage.INTERVIEWING
    assert by_id["northwind-product-manager"].stage is Stage.REJECTED


def test_noisy_role_on_a_rejection_does_not_split() -> None:
    result = link([
        (mail("h1", "heliogrid@myworkday.com"),
         cls(K.APPLICATION_RECEIVED, "Helio Grid", role="Grid Operations Analyst")),
        (mail("h2", "heliogrid@myworkday.com", day=9),
         cls(K.REJECTION, "Helio Grid", role="Requisition R-20417")),
    ], [], OWN)
    assert only(result).stage is Stage.REJECTED


def test_agency_domain_does_not_merge_two_clients() -> None:
    result = link([
        (mail("i1", "chris@kinetictalent.test"), cls(K.INTERVIEW_INVITATION, "Atlas Freight")),
        (mail("i2", "chris@kinetictalent.test", day=2), cls(K.INTERVIEW_INVITATION, "Zenith Air")),
    ], [], OWN)
    assert {o.id for o in result.opportunities} == {"atlas-freight", "zenith-air"}


@pytest.mark.parametrize(
    ("kinds", "stage"),
    [
        ([K.APPLICATION_RECEIVED], Stage.APPLIED),
        ([K.APPLICATION_RECEIVED, K.INTERVIEW_INVITATION], Stage.INTERVIEWING),
        ([K.INTERVIEW_INVITATION, K.MISSED_INTERVIEW_NOTICE], Stage.INTERVIEWING),
        ([K.INTERVIEW_INVITATION, K.REJECTION], Stage.REJECTED),
        ([K.INTERVIEW_INVITATION, K.OFFER], Stage.OFFER),
        ([K.OFFER, K.INTERVIEW_INVITATION], Stage.OFFER),  # meeting the team keeps the offer
        ([K.REJECTION, K.INTERVIEW_INVITATION], Stage.INTERVIEWING),  # reopened
        ([K.INTERVIEW_INVITATION, K.APPLICATION_RECEIVED], Stage.INTERVIEWING),
        ([K.OFFER, K.REJECTION], Stage.REJECTED),  # an offer withdrawn
    ],
)
def test_stage_progression_in_date_order(kinds: list[EmailKind], stage: Stage) -> None:
    items = [(mail(f"s{i}", "rh@cobalt.test", day=i), cls(kind, "Cobalt"))
             for i, kind in enumerate(kinds)]
    assert only(link(list(reversed(items)), [], OWN)).stage is stage  # input order is irrelevant


def test_no_reply_and_own_addresses_never_become_contacts() -> None:
    result = link([
        (mail("j1", "ne-pas-repondre@valmont.test", reply_to="no-reply@valmont.test"),
         cls(K.REJECTION, "Valmont", contact=None, language="fr")),
        (mail("j2", "donotreply@talent.icims.com", day=1, reply_to="alex.rivera@example.net"),
         cls(K.INTERVIEW_INVITATION, "Valmont")),
        (mail("j3", "isabelle@valmont.test", day=2, name="Isabelle Girard"),
         cls(K.INTERVIEW_RESCHEDULE_OR_CANCEL, "Valmont", contact="isabelle@valmont.test")),
    ], [], OWN)
    opp = only(result)
    assert opp.contacts == (Address("isabelle@valmont.test", "Isabelle Girard"),)


def test_other_mail_joins_a_known_thread_without_moving_the_stage() -> None:
    result = link([
        (mail("k1", "olivia@tandem.test"), cls(K.REJECTION, "Tandem Bank")),
        (mail("k2", ME.email, day=1, in_reply_to="k1"), cls(K.OTHER)),  # the user's reply
        (mail("k3", "olivia@tandem.test", day=2, in_reply_to="k2"), cls(K.OTHER)),  # thanks
        (mail("k4", "news@tandem.test", day=3), cls(K.OTHER, "Tandem Bank")),  # no thread
    ], [], OWN)
    opp = only(result)
    assert opp.stage is Stage.REJECTED
    assert [e.kind for e in opp.history] == ["rejection", "sent", "other"]
    assert "k4" not in result.assignments
    assert opp.last_employer_message_at == T0 + timedelta(days=2)  # the user's mail is not it


def test_other_mail_and_own_mail_never_create_an_opportunity() -> None:
    result = link([
        (mail("l1", "friend@mailbox.example.org"), cls(K.OTHER)),
        (mail("l2", ME.email), cls(K.REJECTION, "Acme")),  # misclassified own mail
    ], [], OWN)
    assert result.opportunities == [] and result.assignments == {}


def test_relinking_with_existing_opportunities_is_stable() -> None:
    items = [
        (mail("m1", "ben@acme.test"), cls(K.INTERVIEW_INVITATION, "Acme")),
        (mail("m2", "ben@acme.test", day=3), cls(K.REJECTION, "Acme")),
    ]
    first = link(items[:1], [], OWN)
    second = link(items, first.opportunities, OWN)
    opp = only(second)
    assert opp.id == "acme" and len(opp.history) == 2 and opp.stage is Stage.REJECTED
    third = link(items, second.opportunities, OWN)  # nothing new: nothing changes
    assert third.opportunities == [] and third.assignments == {"m1": "acme", "m2": "acme"}


def test_job_mail_with_no_employer_at_all_is_left_unlinked() -> None:
    result = link([(mail("n1", "no-reply@hire.lever.co"), cls(K.REJECTION, None))], [], OWN)
    assert result.opportunities == []


def test_ids_are_readable_and_deduplicated() -> None:
    assert slugify("Brückner Maschinenbau GmbH") == "bruckner-maschinenbau-gmbh"
    assert slugify("Kessler & Vogt") == "kessler-vogt"
    assert slugify("!!!") == "opportunity"
    result = link([
        (mail("o1", "a@x1.test"), cls(K.APPLICATION_RECEIVED, "Orion", role="Analyst")),
        (mail("o2", "b@x2.test", day=1), cls(K.APPLICATION_RECEIVED, "Orion", role="Engineer")),
        (mail("o3", "c@x3.test", day=2), cls(K.APPLICATION_RECEIVED, "Orion", role="Engineer II")),
    ], [], OWN)
    assert [o.id for o in result.opportunities] == ["orion", "orion-engineer"]  # II: same role
    taken = Opportunity(id="nova", company="Supernova Bank", stage=Stage.APPLIED)
    result = link([(mail("p1", "x@nova.test"), cls(K.APPLICATION_RECEIVED, "Nova"))], [taken], OWN)
    assert [o.id for o in result.opportunities] == ["nova-2"]


def test_stage_of_ignores_non_stage_events() -> None:
    history = [
        OpportunityEvent(T0, "interview_invitation", "x1", "Interview"),
        OpportunityEvent(T0 + timedelta(days=1), "sent", "x2", "Re: Interview"),
        OpportunityEvent(T0 + timedelta(days=2), "draft_delivered", "d1", "Thank you"),
    ]
    assert stage_of(history) is Stage.INTERVIEWING
