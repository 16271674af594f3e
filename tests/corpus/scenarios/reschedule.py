
"""The employer moves or cancels an interview (with and without text/calendar updates)."""

from scenarios.common import (  # type: ignore[import-not-found]
    ASHBY,
    DISCLAIMER_EN,
    GREENHOUSE,
    LEVER,
    USER,
    Ics,
    Msg,
    Quote,
    d,
)

K = "interview_reschedule_or_cancel"

MSGS = [
    Msg(K, "en", "Acme Robotics", "interviewer_sick_move",
        "Rescheduling your Acme Robotics interview",
        """Hi Alex,

I'm sorry for the late notice: Maya, one of your interviewers tomorrow, is out sick, so we need to move your technical interview.

Could you do Monday, Feb 16 at 11:00 AM CT instead? Same Zoom link and same format. If that doesn't work, let me know a couple of alternatives and I'll make it happen.

Apologies for the inconvenience,
Ben Carter
Recruiting Coordinator, Acme Robotics""",
        ("Ben Carter", "ben.carter@acmerobotics.test"), d("2026-02-11 23:05"),
        contact="ben.carter@acmerobotics.test", struct="qp"),
    Msg(K, "en", "Bluefin Labs", "google_updated_invitation",
        "Updated invitation: Bluefin Labs <> Alex Rivera - Portfolio Review @ Fri Mar 6, 2026 5pm - 6pm (UTC)",
        """This event has been changed.

Bluefin Labs <> Alex Rivera - Portfolio Review
When: Changed: Friday Mar 6, 2026 5pm - 6pm (UTC)
Joining info: meet.example.com/xqa-wkpt-rmn
Who:
* Hiro Tanaka - organizer
* Alex Rivera

Hiro: Sorry Alex, had a conflict come up on Thursday - moved us to Friday, hope that's ok!

Invitation from Google Calendar""",
        ("Hiro Tanaka", "hiro.tanaka@bluefinlabs.test"), d("2026-03-03 12:40"),
        contact="hiro.tanaka@bluefinlabs.test",
        ics=Ics(d("2026-03-06 17:00"), 60, "Bluefin Labs <> Alex Rivera - Portfolio Review",
                ("Hiro Tanaka", "hiro.tanaka@bluefinlabs.test"), sequence=1,
                uid="bfl-portfolio-2026-0305@bluefinlabs.test", location="meet.example.com/xqa-wkpt-rmn")),
    Msg(K, "en", "Kestrel Insurance", "outlook_cancelled",
        "Canceled: Interview: Actuarial Analyst - Alex Rivera",
        """Dear Alex,

Unfortunately Helen has been called into an urgent board meeting and we have had to cancel tomorrow's interview. Please accept our apologies.

I will be in touch on Monday with some new dates.

Kind regards,
Amira Hassan
Talent Acquisition Advisor | Kestrel Insurance""",
        ("Amira Hassan", "amira.hassan@kestrel-insurance.test"), d("2026-03-10 16:15"),
        contact="amira.hassan@kestrel-insurance.test", footer=DISCLAIMER_EN,
        ics=Ics(d("2026-03-11 10:30"), 60, "Interview: Actuarial Analyst - Alex Rivera",
                ("Amira Hassan", "amira.hassan@kestrel-insurance.test"), method="CANCEL",
                sequence=1, location="Microsoft Teams Meeting")),
    Msg(K, "en", "Sable Security", "greenhouse_rescheduled_notice",
        "Your interview with Sable Security has been rescheduled",
        """Hi Alex,

Your interview for Detection Engineer has been rescheduled.

New date: Monday, June 8, 2026
New time: 2:00 PM - 3:00 PM EDT
Interviewers: Rachel Tan, Omar Khalil
Location: Zoom - https://zoom.example.com/j/84120033911

Previously scheduled for Thursday, June 4, 11:00 AM EDT. We apologize for any inconvenience.

Sable Security Recruiting""",
        ("Sable Security via Greenhouse", GREENHOUSE), d("2026-06-02 14:00"),
        reply_to=("Rachel Tan", "rachel.tan@sablesecurity.test"),
        contact="rachel.tan@sablesecurity.test", struct="alt"),
    Msg(K, "en", "Silverline Software", "onsite_postponed_office_closure",
        "Change of plans for Monday's onsite",
        """Hi Alex,

Bad news on the logistics front: our Austin office will be closed on Monday because of building maintenance, so we need to postpone your onsite.

We'd like to offer Thursday, March 19 instead, with the same schedule. If travel on that date is tricky, we could also run the whole loop virtually on Monday - your call.

Sorry for the shuffle,
Tom Lindqvist
Engineering Recruiter, Silverline Software""",
        ("Tom Lindqvist", "tom.lindqvist@silverline.test"), d("2026-03-12 18:30"),
        contact="tom.lindqvist@silverline.test", struct="plain"),
    Msg(K, "en", "Granite Data", "reply_moving_time_chain",
        "Re: Analytics Engineer application",
        """Hi Alex,

Small change: Mia has a conflict at 1pm on Tuesday. Could we push your conversation to 3pm MT the same day? Same Google Meet link, I'll update the invite.

Thanks for being flexible!
Oscar""",
        ("Oscar Reyes", "oscar@granitedata.test"), d("2026-04-10 15:45"),
        contact="oscar@granitedata.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-04-08 21:00"),
                      """Hi Oscar,

Tuesday at 1pm MT works perfectly. Looking forward to meeting Mia.

Best,
Alex"""),
                Quote(("Oscar Reyes", "oscar@granitedata.test"), d("2026-04-08 20:20"),
                      """Can you do a 45-minute technical conversation with Mia (our Analytics Lead) next Tuesday, April 14, at 1pm MT?

Oscar"""))),
    Msg(K, "en", "Lumen Health", "ashby_interview_cancelled_role_paused",
        "Your upcoming interviews with Lumen Health",
        """Hi Alex,

I'm reaching out because we need to cancel the virtual onsite scheduled for next Wednesday. Our leadership team is re-evaluating the scope of the Machine Learning Engineer role, and we don't want to take up your time until that's settled.

Your candidacy remains active, and I expect to have an update within two weeks. I'm sorry for the disruption.

Dana Whitfield
Recruiting Coordinator""",
        ("Lumen Health", ASHBY), d("2026-03-27 17:10"),
        reply_to=("Dana Whitfield", "dana.whitfield@lumenhealth.test"),
        contact="dana.whitfield@lumenhealth.test", struct="html"),
    Msg(K, "en", "Meridian Health", "outlook_updated_time",
        "Updated: Panel interview - Clinical Data Manager",
        """Hi Alex,

The panel asked to start half an hour later, so I've moved the interview to Thursday, April 16 from 3:30 to 4:30 PM ET. The updated calendar invitation is attached.

Thanks,
Hannah""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-15 12:00"),
        contact="hannah.cole@meridianhealth.test",
        ics=Ics(d("2026-04-16 19:30"), 60, "Panel interview - Clinical Data Manager",
                ("Hannah Cole", "hannah.cole@meridianhealth.test"), sequence=2,
                location="Webex")),
    Msg(K, "en", "Atlas Freight", "agency_client_postpones",
        "Atlas Freight interview - postponed",
        """Hi Alex,

Karen Blake's PA has just been in touch: Karen has to travel to Rotterdam unexpectedly this week, so Thursday's interview is postponed. They're keen to keep the process going and have suggested Tuesday 3rd March at 10am instead.

Can you let me know if that works?

Chris""",
        ("Chris Halloran", "chris.halloran@kinetictalent.test"), d("2026-02-24 09:50"),
        contact="chris.halloran@kinetictalent.test", struct="alt-b64"),
    Msg(K, "en", "Redwood Games", "lever_cancel_and_rebook",
        "Redwood Games: interview time changed",
        """Hey Alex,

We've had to cancel your interview slot on Monday because one of the panel members will be at a conference. Please use the link below to pick a new time - we've opened up more slots later in the week:

https://hire.lever.co/interviews/redwoodgames/rebook/71f0

Sorry about that!
Freya""",
        ("Freya Nilsson", LEVER), d("2026-06-11 08:20"),
        reply_to=("Freya Nilsson", "freya@redwoodgames.test"),
        contact="freya@redwoodgames.test", struct="alt"),
    Msg(K, "en", "Foxglove Studio", "cancel_ics_only_description",
        "Canceled event: Foxglove Studio – UX Researcher Round 2 (Alex Rivera)",
        """This event has been canceled and removed from your calendar.

Foxglove Studio – UX Researcher Round 2 (Alex Rivera)
Wednesday May 6, 2026 1pm – 2:15pm (PDT)

Lena: We'll be in touch with an update on the role shortly.""",
        ("Lena Park", "lena@foxglove.test"), d("2026-05-05 22:00"),
        contact="lena@foxglove.test",
        ics=Ics(d("2026-05-06 20:00"), 75, "Foxglove Studio – UX Researcher Round 2 (Alex Rivera)",
                ("Lena Park", "lena@foxglove.test"), method="CANCEL", sequence=1,
                location="Google Meet")),
    Msg(K, "en", "Tandem Bank", "moved_to_video_and_time",
        "Second interview - change of arrangements",
        """Dear Alex,

Due to planned rail strikes next Tuesday, we have decided to hold your second interview by video instead of at our offices. We have also had to move it slightly: it will now start at 15:30 rather than 14:00 on Tuesday 17 February.

I'll send a new Teams invitation shortly. Please let me know if the new time is a problem.

Kind regards,
Olivia Grant
Resourcing Partner, Tandem Bank plc""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-12 11:00"),
        contact="olivia.grant@tandembank.test", struct="cp1252", footer=DISCLAIMER_EN),
    # -------- German
    Msg(K, "de", "Nordlicht Software", "termin_verschieben",
        "Verschiebung unseres Gesprächs am Dienstag",
        """Hallo Alex,

leider muss ich unser Gespräch am Dienstag um 14:00 Uhr verschieben, da Jonas kurzfristig zu einem Kundentermin muss. Das tut mir sehr leid!

Wäre für Dich stattdessen Donnerstag, der 5. März, um 10:00 Uhr möglich? Der Link bleibt gleich.

Viele Grüße
Julia""",
        ("Julia Hartmann", "julia.hartmann@nordlicht-software.test"), d("2026-02-27 16:00"),
        contact="julia.hartmann@nordlicht-software.test", struct="latin1"),
    Msg(K, "de", "Brückner Maschinenbau", "absage_termin_ics",
        "Abgesagt: Vorstellungsgespräch Softwareentwickler (m/w/d)",
        """Sehr geehrter Herr Rivera,

aufgrund einer kurzfristigen Erkrankung von Herrn Dr. Lehmann müssen wir den Termin am Donnerstag, 19. Februar, leider absagen. Wir bitten um Ihr Verständnis.

Wir melden uns in den nächsten Tagen mit einem Ersatztermin bei Ihnen.

Mit freundlichen Grüßen
Anna Schulz
Personalreferentin, Brückner Maschinenbau GmbH""",
        ("Anna Schulz", "a.schulz@brueckner-maschinenbau.test"), d("2026-02-17 07:40"),
        contact="a.schulz@brueckner-maschinenbau.test",
        ics=Ics(d("2026-02-19 09:00"), 60, "Vorstellungsgespräch Alex Rivera",
                ("Anna Schulz", "a.schulz@brueckner-maschinenbau.test"), method="CANCEL",
                sequence=1, location="Industriestraße 12, Augsburg")),
    Msg(K, "de", "Kessler & Vogt", "neuer_termin_vorstand",
        "Neuer Termin für Ihr zweites Gespräch",
        """Sehr geehrter Herr Rivera,

leider hat sich im Kalender unseres Vorstands eine Änderung ergeben. Der vereinbarte Termin am Montag, 30. März, muss daher entfallen. Als Ersatz möchten wir Ihnen Dienstag, den 7. April, um 11:00 Uhr anbieten.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Mit freundlichen Grüßen
Sabine Wolf
Kessler & Vogt AG""",
        ("Sabine Wolf", "s.wolf@kessler-vogt.test"), d("2026-03-25 09:00"),
        contact="s.wolf@kessler-vogt.test", struct="b64"),
    # -------- French
    Msg(K, "fr", "Lumière Conseil", "report_entretien",
        "Report de votre entretien",
        """Bonjour Alex,

Julien Morel a un empêchement de dernière minute et ne pourra pas assurer l'entretien prévu demain à 10h. Je suis vraiment désolée pour ce contretemps.

Pourriez-vous être disponible vendredi 30 janvier à 14h ? Sinon, proposez-moi deux ou trois créneaux la semaine prochaine.

Bien cordialement,
Camille Durand""",
        ("Camille Durand", "camille.durand@lumiere-conseil.test"), d("2026-01-26 17:20"),
        contact="camille.durand@lumiere-conseil.test", struct="qp"),
    Msg(K, "fr", "Cap Horizon", "annulation_ics_fr",
        "Annulé : Entretien Cap Horizon / Alex Rivera",
        """Bonjour Alex,

Je dois annuler notre entretien de jeudi, le poste de Product Owner étant en cours de redéfinition. Je reviens vers vous dès que possible avec plus de visibilité.

Toutes mes excuses,
Sophie Lambert""",
        ("Sophie Lambert", "sophie.lambert@cap-horizon.test"), d("2026-05-05 13:00"),
        contact="sophie.lambert@cap-horizon.test",
        ics=Ics(d("2026-05-07 09:00"), 30, "Entretien Cap Horizon / Alex Rivera",
                ("Sophie Lambert", "sophie.lambert@cap-horizon.test"), method="CANCEL",
                sequence=1, location="Google Meet")),
    Msg(K, "fr", "Groupe Valmont", "modification_horaire",
        "Modification de l'horaire de votre entretien",
        """Madame, Monsieur,

Nous vous informons que l'entretien prévu le lundi 13 avril 2026 à 14h30 est avancé à 11h00 le même jour, en raison d'une contrainte d'agenda de notre Directeur Financier.

Nous vous remercions de bien vouloir nous confirmer votre disponibilité.

Isabelle Girard
Direction des Ressources Humaines""",
        ("Isabelle Girard", "isabelle.girard@groupe-valmont.test"), d("2026-04-08 08:45"),
        contact="isabelle.girard@groupe-valmont.test", struct="latin1"),
    # -------- Spanish
    Msg(K, "es", "Grupo Mirador", "cambio_hora_entrevista",
        "Cambio de hora de tu entrevista",
        """Hola Alex,

Te escribo porque Andrés tiene una reunión que se ha alargado y no llegaría a la entrevista del jueves a las 16:00. ¿Podríamos pasarla al viernes 6 de marzo a las 10:00?

Disculpa las molestias.

Un saludo,
Lucía""",
        ("Lucía Fernández", "lucia.fernandez@grupomirador.test"), d("2026-03-04 11:10"),
        contact="lucia.fernandez@grupomirador.test", struct="alt"),
    Msg(K, "es", "Iberluz Energía", "entrevista_cancelada",
        "Cancelación: Entrevista Iberluz - Alex Rivera",
        """Buenos días, Alex:

Lamentablemente tenemos que cancelar la entrevista del miércoles con Carmen Vidal, ya que ha surgido un viaje imprevisto. En cuanto tenga nueva disponibilidad te propongo otra fecha.

Perdona las molestias.

Un saludo,
Javier Ortega""",
        ("Javier Ortega", "jortega@iberluz.test"), d("2026-05-18 15:30"),
        contact="jortega@iberluz.test",
        ics=Ics(d("2026-05-20 10:00"), 60, "Entrevista Iberluz - Alex Rivera",
                ("Javier Ortega", "jortega@iberluz.test"), method="CANCEL", sequence=1,
                location="Gran Vía 45, Bilbao")),
]
