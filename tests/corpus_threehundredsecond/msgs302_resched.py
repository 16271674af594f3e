"""interview_reschedule_or_cancel: moved, postponed or cancelled interviews (15)."""

from __future__ import annotations

from msgs302_common import (
    BRUNEL_HUMAN,
    CALDER_WD,
    DUSSAC_HUMAN,
    HOHENRAIN,
    HTP,
    IBAIGANE,
    KP,
    LEITH,
    MAARTJE,
    MARCEAU_HUMAN,
    OUDE_HR,
    PROV_ASHBY,
    RB_HUMAN,
    TALENTO,
    VK_HUMAN,
    msg,
    sig,
)

K = "interview_reschedule_or_cancel"

MESSAGES: list[dict] = [
    msg(
        id="oude_move", kind=K, lang="en", company="Museum Oudegracht", frm=OUDE_HR,
        date="2026-02-06 11:50", reply="oude_invite", quote="oude_invite", attrib="outlook-en",
        subject="RE: Invitation: interview Collections Assistant, Museum Oudegracht",
        ics=msg(uid="oude-interview-0211@museumoudegracht.example.nl", sequence=1,
                 start="2026-02-13 10:00", minutes=60,
                 summary="Interview Collections Assistant - R. Achterberg (NEW TIME)",
                 location="Museum Oudegracht, Oudegracht 231, Utrecht (staff entrance)"),
        body="""
Dear Ms Achterberg,

I am afraid we have to move your interview. Our Head of Collections has to be at a
courier handover in Rotterdam on Wednesday afternoon. Could we instead meet on Friday
13 February at 10:00, same place? I have updated the calendar invitation.

My apologies for the inconvenience.

Kind regards,
Annelies Brouwer
HR Advisor | Museum Oudegracht
""",
    ),
    msg(
        id="leith_move", kind=K, lang="en", company="Leith Maritime Collection", frm=LEITH,
        zone="UK", date="2026-03-04 08:20", reply="leith_trial", quote="leith_trial",
        subject="Re: Trial day at the Leith Maritime Collection", html="auto",
        body="""
Dear Rosalind,

Apologies, but we need to move your trial day. The Aberdeen loan has been pushed back by
the borrower, so the packing won't happen on the 11th. Would Wednesday 18 March work
instead, same times? Your travel and hotel would of course still be covered.

Sorry for the shuffle.

Morag
""",
    ),
    msg(
        id="calder_cancel", kind=K, lang="en", company="Calder University Library",
        frm=CALDER_WD, zone="UK", date="2026-03-09 15:45",
        reply_to=("Heritage Collections Recruitment",
                  "heritage.recruitment@calder.example.ac.uk"),
        subject="Cancelled: Panel interview: Collections Registrar (R-04417)", html="auto",
        ics=msg(uid="R-04417-panel-RA@calder.example.ac.uk", sequence=1, method="CANCEL",
                 start="2026-03-12 10:00", minutes=45, tzid="Europe/London",
                 summary="Cancelled: Panel interview: Collections Registrar (R-04417)",
                 location="Microsoft Teams",
                 organizer=("Heritage Collections Recruitment",
                            "heritage.recruitment@calder.example.ac.uk")),
        body="""
Dear Rosalind,

Due to the planned industrial action across the university this week, we have had to
cancel all interviews scheduled for 10 to 13 March, including your panel interview for the
Collections Registrar (R-04417) post.

This does not affect the status of your application. We will contact you with a new date
as soon as the panel's availability is confirmed. We apologise for the short notice.

Heritage Collections Recruitment
Calder University Library
""",
    ),
    msg(
        id="vk_postpone", kind=K, lang="en", company="Veldhuis & Kroon", frm=VK_HUMAN,
        date="2026-04-08 08:05", subject="Our call this afternoon",
        body="""
Hi Rosalind,

I'm really sorry, but I have to postpone our call of 14:00 today. Our evening sale has been
brought forward and I'm stuck in the saleroom all day. I'll come back to you tomorrow with
a couple of new options for next week.

Apologies again,
Jorien

Jorien Bakx | Head of Sale Administration
Veldhuis & Kroon Auctioneers
Keizersgracht 402, Amsterdam
""",
    ),
    msg(
        id="rb_moved", kind=K, lang="de", company="Museum Rheinbogen", frm=RB_HUMAN,
        name_enc=("iso-8859-1", "q"), date="2026-04-13 16:40", reply="rb_invite",
        subject="Terminverschiebung: Vorstellungsgespräch am 16. April",
        ics=msg(uid="personio-rb-8841-achterberg", sequence=1, start="2026-04-21 13:00",
                 minutes=90, tzid="Europe/Berlin",
                 summary="Vorstellungsgespräch Registrar (m/w/d) - NEUER TERMIN",
                 location="Museum Rheinbogen, Am Leystapel 8, 50667 Köln",
                 organizer=RB_HUMAN),
        html="auto",
        body="""
Sehr geehrte Frau Achterberg,

leider müssen wir unser Gespräch am Donnerstag verschieben, da Dr. Kessler kurzfristig zu
einer Kurierbegleitung nach Wien reisen muss.

Wir würden Ihnen stattdessen Dienstag, 21. April 2026, um 13:00 Uhr vorschlagen. Ort und
Gesprächspartner bleiben unverändert. Die aktualisierte Kalendereinladung finden Sie
anbei.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Weißenborn
Personalreferentin | Museum Rheinbogen Köln
Am Leystapel 8, 50667 Köln
Telefon +49 221 555 4418
""",
    ),
    msg(
        id="prov_resched", kind=K, lang="en", company="Provenio", frm=PROV_ASHBY,
        zone="UTC", date="2026-04-27 10:11",
        subject="Updated: your interview with Provenio has been rescheduled", html_only=True,
        body="""
Hi Rosalind,

Your interview for Collections Data Registrar at Provenio has been rescheduled by the
hiring team.

Previous time: Tuesday, April 28, 2026, 14:00 (Europe/Amsterdam)
New time: Thursday, April 30, 2026, 10:00 (Europe/Amsterdam)
Interviewer: Tobias Lindqvist
Location: Google Meet (link in your calendar invitation)

If the new time does not work for you, use the link in your original confirmation email
to choose another slot.

Provenio Recruiting
""",
    ),
    msg(
        id="kp_cancel", kind=K, lang="de", company="Kulturpersonal Basel", frm=KP,
        date="2026-05-15 17:02", subject="Abgesagt: Vorstellungsgespräch Montag, 18. Mai",
        reply="kp_invite",
        ics=msg(uid="kp-vg-achterberg-0518@kulturpersonal.example.ch", method="CANCEL",
                 sequence=1, start="2026-05-18 14:00", minutes=45, tzid="Europe/Zurich",
                 summary="Vorstellungsgespräch R. Achterberg", location="Microsoft Teams"),
        body="""
Guten Tag Frau Achterberg

Leider muss ich unser Gespräch vom Montag absagen, da ich krankheitshalber ausfalle.
Meine Kollegin Sara Gysin oder ich melden uns nächste Woche mit einem neuen Terminvorschlag
bei Ihnen. Ihre Bewerbung bleibt selbstverständlich im Prozess.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Nadja Brunner
Kulturpersonal Basel
""",
    ),
    msg(
        id="hohenrain_moved", kind=K, lang="de", company="Stiftung Hohenrain", frm=HOHENRAIN,
        date="2026-05-27 09:18", reply="hohenrain_invite", quote="hohenrain_invite",
        attrib="de", subject="AW: Einladung zum Probearbeitstag", cs="iso-8859-1",
        cte="quoted-printable",
        body="""
Sehr geehrte Frau Achterberg

Wegen eines Wasserschadens im Depot müssen wir die Inventur und damit auch Ihren
Probearbeitstag vom 3. Juni verschieben. Ich schlage Ihnen neu Mittwoch, 10. Juni,
zur gleichen Zeit vor. Geht das für Sie?

Freundliche Grüsse
Beatrice Imhof
""",
    ),
    msg(
        id="dussac_report", kind=K, lang="fr", company="Fondation Dussac", frm=DUSSAC_HUMAN,
        date="2026-05-26 09:03", reply="dussac_invite", quote="dussac_invite", attrib="fr",
        subject="RE: Convocation à un entretien - chargé(e) des collections",
        subj_enc=("utf-8", "b"),
        body="""
Madame,

Je suis au regret de devoir reporter notre entretien de jeudi : Mme Périer est retenue
par un convoiement d'œuvres à Lyon. Pourriez-vous vous rendre disponible le mardi 2 juin
à 15 h ? Le lieu reste inchangé.

Avec toutes nos excuses pour ce contretemps,

Hélène Vasseur
Fondation Dussac
""",
    ),
    msg(
        id="htp_resched", kind=K, lang="en", company="Heritage Talent Partners", frm=HTP,
        zone="UK", date="2026-06-04 08:42", reply="htp_screen",
        subject="Re: Quick screening call this week?",
        body="""
Morning Rosalind,

Something's come up with another client and I can't make 12:30 today. Could we push our
call to tomorrow, Friday, at 11:00 UK time? Same number.

Sorry about that!
Priya

Priya Ramsay | Heritage Talent Partners
""",
    ),
    msg(
        id="marceau_cancel", kind=K, lang="fr", company="Hôtel des Ventes Marceau",
        frm=MARCEAU_HUMAN, date="2026-06-15 12:37", reply="marceau_resched_req",
        quote="marceau_resched_req", attrib="outlook-fr",
        subject="Annulation : entretien du 16 juin",
        ics=msg(uid="sr-marceau-ra-2291@smartrecruiters.com", method="CANCEL", sequence=2,
                 start="2026-06-16 10:30", minutes=45, tzid="Europe/Paris",
                 summary="Entretien visio - Régisseur des œuvres",
                 location="Google Meet", organizer=MARCEAU_HUMAN),
        body="""
Bonjour Rosalind,

Merci pour votre message. En réalité, je dois de toute façon annuler notre entretien de
demain : nous sommes en pleine préparation de la vente de juillet et je ne pourrai pas me
libérer cette semaine.

Je reviens vers vous dès que possible pour fixer une nouvelle date.

Cordialement,
Julien Carrère
Directeur des opérations
Hôtel des Ventes Marceau
""",
    ),
    msg(
        id="brunel_moved", kind=K, lang="fr", company="Atelier Brunel Restauration",
        frm=BRUNEL_HUMAN, date="2026-07-06 21:15", reply="brunel_invite",
        subject="Petit changement pour vendredi", html="auto",
        body="""
Bonsoir Rosalind,

Un chantier au château de Vincennes vient d'être avancé et je ne serai pas à l'atelier
vendredi. Est-ce qu'on peut décaler l'entretien au lundi 13 juillet, même heure ? Sinon
le mercredi 15 au matin.

Désolée pour ce changement,
Claire
"""
        + sig("Claire Brunel", "Atelier Brunel Restauration", "06 55 51 24 90"),
    ),
    msg(
        id="talento_change", kind=K, lang="es", company="Colección Abandoibarra",
        frm=TALENTO, date="2026-08-05 13:26", reply="talento_invite", quote="talento_invite",
        subject="RE: Entrevista con Colección Abandoibarra - jueves 6 de agosto",
        cs="iso-8859-1", cte="quoted-printable", attrib="outlook-es",
        body="""
Hola de nuevo, Rosalind:

Me acaban de llamar de la Colección Abandoibarra: Garazi tiene una reunión con el
patronato mañana por la mañana y necesitan cambiar la entrevista a las 16:30 del mismo
día, jueves 6. El lugar es el mismo.

¿Te viene bien? Dime algo y se lo confirmo.

Ane
""",
    ),
    msg(
        id="ibaigane_postponed", kind=K, lang="es", company="Fundación Arte Ibaigane",
        frm=IBAIGANE, date="2026-08-17 09:30", reply="ibaigane_invite",
        subject="Aplazamos la videollamada de mañana", cs="windows-1252", cte="8bit",
        body="""
Buenos días, Rosalind:

Lo siento, pero tenemos que aplazar la videollamada de mañana martes. Maite está de baja
unos días y queremos que esté en la conversación. En cuanto sepamos cuándo vuelve te
propongo una nueva fecha; seguramente la semana que viene.

Disculpa las molestias.

Un saludo,
Mikel Arregi
Gerente – Fundación Arte Ibaigane
Campo Volantín 24, 48007 Bilbao
""",
    ),
    msg(
        id="av_resched", kind=K, lang="en", company="Artvault Logistics", frm=MAARTJE,
        date="2026-04-20 09:02", reply="av_invite", quote="av_invite",
        subject="Re: Artvault Logistics - Interview invitation: Senior Registrar",
        ics=msg(uid="gh-artvault-7781-r1@artvault.example.nl", sequence=1,
                 start="2026-04-24 14:00", minutes=60,
                 summary="Artvault Logistics: interview Rosalind Achterberg",
                 location="Artvault Logistics, Cruquiusweg 90, Amsterdam"),
        html="auto",
        body="""
Hi Rosalind,

Small change of plan: Pieter has to oversee an unexpected museum de-installation on
Wednesday, so we need to move your interview from Wednesday 22 April at 10:00 to Friday
24 April at 14:00. Same place. I've sent an updated invite.

Sorry about this, and let me know if Friday doesn't work.

Best,
Maartje
"""
        + sig("Maartje de Wit", "Talent Acquisition Partner", "Artvault Logistics",
              "+31 20 555 0142"),
    ),
]
