
"""Interview invitations: scheduling links, proposed times, calendar invites with text/calendar."""

from scenarios.common import (  # type: ignore[import-not-found]
    ASHBY,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    GREENHOUSE,
    ICIMS,
    LEVER,
    SMARTRECRUITERS,
    TEAMTAILOR,
    USER,
    Ics,
    Msg,
    Quote,
    d,
    personio,
    workday,
)

K = "interview_invitation"

MSGS = [
    Msg(K, "en", "Acme Robotics", "greenhouse_scheduling_link",
        "Interview with Acme Robotics - please pick a time",
        """Hi Alex,

Great news! The hiring team would like to invite you to a 45-minute technical interview for the Senior Backend Engineer role.

Please use the link below to choose a time that works for you:
https://app.greenhouse.io/scheduling/availability/9f3c2e1a

Your interviewers will be Maya Chen (Engineering Manager) and Luis Ortega (Staff Engineer). The interview will take place over Zoom; the link will be included in the calendar invitation.

Looking forward to it!
Ben Carter
Recruiting Coordinator, Acme Robotics""",
        ("Ben Carter (via Greenhouse)", GREENHOUSE), d("2026-02-04 15:30"),
        reply_to=("Ben Carter", "ben.carter@acmerobotics.test"),
        contact="ben.carter@acmerobotics.test", struct="alt"),
    Msg(K, "en", "Northwind Analytics", "recruiter_proposes_times",
        "Northwind Analytics - next round",
        """Hi Alex,

Thanks for the great conversation yesterday! I shared my notes with the hiring manager and she'd like to move you forward to a technical interview with the data platform team.

Would any of these times work for a 60-minute video call?

- Tuesday, Feb 17, 10:00-11:00 CT
- Wednesday, Feb 18, 2:00-3:00 CT
- Thursday, Feb 19, 11:30-12:30 CT

If none of these work, just let me know a few times that do.

Best,
Priya Nandakumar
Senior Technical Recruiter | Northwind Analytics""",
        ("Priya Nandakumar", "priya.nandakumar@northwind-analytics.test"), d("2026-02-12 18:10"),
        contact="priya.nandakumar@northwind-analytics.test", struct="plain"),
    Msg(K, "en", "Bluefin Labs", "calendar_invite_google",
        "Invitation: Bluefin Labs <> Alex Rivera - Portfolio Review @ Thu Mar 5, 2026 4pm - 5pm (UTC)",
        """You have been invited to the following event.

Bluefin Labs <> Alex Rivera - Portfolio Review
When: Thursday Mar 5, 2026 4pm - 5pm (UTC)
Joining info: meet.example.com/xqa-wkpt-rmn
Calendar: alex.rivera@example.net
Who:
* Hiro Tanaka - organizer
* Alex Rivera

Hi Alex, looking forward to walking through your portfolio with the design team. Please prepare 2 case studies (about 15 minutes each).

Invitation from Google Calendar""",
        ("Hiro Tanaka", "hiro.tanaka@bluefinlabs.test"), d("2026-02-26 20:00"),
        contact="hiro.tanaka@bluefinlabs.test",
        ics=Ics(d("2026-03-05 16:00"), 60, "Bluefin Labs <> Alex Rivera - Portfolio Review",
                ("Hiro Tanaka", "hiro.tanaka@bluefinlabs.test"),
                location="meet.example.com/xqa-wkpt-rmn", attach=True)),
    Msg(K, "en", "Quantum Harbor", "phone_screen_invite",
        "Quantum Harbor: Phone screen for Platform Engineer",
        """Hi Alex,

Thank you for applying to the Platform Engineer position at Quantum Harbor! I've reviewed your background and would love to set up a 30-minute phone screen to learn more about your experience and tell you about the team.

Are you available sometime this Thursday or Friday between 9am and 1pm ET? Feel free to suggest a time and I'll send over a calendar invite.

Talk soon,
Marcus Webb
Talent Partner, Quantum Harbor
(617) 555-0183""",
        ("Marcus Webb", "marcus.webb@quantumharbor.test"), d("2026-02-23 14:45"),
        contact="marcus.webb@quantumharbor.test", struct="qp"),
    Msg(K, "en", "Lumen Health", "ashby_onsite_final_round",
        "Final round interviews at Lumen Health",
        """Hi Alex,

Congratulations on progressing to the final round for Machine Learning Engineer! We'd like to invite you to our virtual onsite, which consists of four 45-minute sessions:

1. Coding (with Arjun)
2. ML System Design (with Beatriz)
3. Research Deep Dive (with Chloe)
4. Values & Collaboration (with Dana)

Please select a day that suits you here: https://jobs.ashbyhq.com/lumenhealth/interview/schedule/abc123

Let me know if you need any accommodations.

Dana Whitfield
Recruiting Coordinator""",
        ("Lumen Health", ASHBY), d("2026-03-23 16:20"),
        reply_to=("Dana Whitfield", "dana.whitfield@lumenhealth.test"),
        contact="dana.whitfield@lumenhealth.test", struct="html"),
    Msg(K, "en", "Kestrel Insurance", "outlook_teams_invite",
        "Interview: Actuarial Analyst - Alex Rivera",
        """Dear Alex,

Further to our conversation, I'm pleased to confirm your first-stage interview for the Actuarial Analyst position.

Date: Wednesday 11 March 2026
Time: 10:30 - 11:30 (GMT)
Format: Microsoft Teams (link in the attached invitation)
Panel: Helen Shaw (Head of Pricing), David Brooks (Senior Actuary)

The interview will be competency-based, with a short case discussion. Please have a copy of your CV to hand.

Kind regards,
Amira Hassan
Talent Acquisition Advisor | Kestrel Insurance""",
        ("Amira Hassan", "amira.hassan@kestrel-insurance.test"), d("2026-03-03 12:15"),
        contact="amira.hassan@kestrel-insurance.test", footer=DISCLAIMER_EN,
        ics=Ics(d("2026-03-11 10:30"), 60, "Interview: Actuarial Analyst - Alex Rivera",
                ("Amira Hassan", "amira.hassan@kestrel-insurance.test"),
                location="Microsoft Teams Meeting")),
    Msg(K, "en", "Cobalt Mobility", "lever_schedule_with_calendly",
        "Cobalt Mobility | Let's schedule your interview",
        """Hi Alex,

Thanks for your interest in the Senior Data Engineer role! The team reviewed your application and we'd love to have you speak with our Engineering Manager, Noor Aziz.

Book a 45-minute slot that suits you: https://calendly.example.com/cobalt-mobility/engineering-interview

Please book within the next 5 business days. If nothing works, reply to this email and we'll find another time.

Cheers,
Jess Moreno
Head of Talent""",
        ("Jess Moreno", LEVER), d("2026-03-14 17:30"),
        reply_to=("Jess Moreno", "jess.moreno@cobaltmobility.test"),
        contact="jess.moreno@cobaltmobility.test", struct="alt"),
    Msg(K, "en", "Silverline Software", "onsite_office_visit",
        "Onsite interview - Silverline Software, Austin office",
        """Hi Alex,

We're excited to invite you to an in-person interview at our Austin office for the Staff Engineer position.

When: Monday, March 16, 9:30 AM - 2:00 PM CT (lunch with the team included)
Where: Silverline Software, 400 Congress Ave, Floor 12, Austin, TX
Ask for me at reception and I'll bring you up.

Your schedule:
9:30 Welcome & coffee
10:00 Architecture session - Ravi and Megan
11:00 Pair programming - Jonas
12:00 Lunch with the team
13:00 Hiring manager conversation - Carla

We'll reimburse travel expenses; keep your receipts. Please confirm that this works for you.

Tom Lindqvist
Engineering Recruiter, Silverline Software""",
        ("Tom Lindqvist", "tom.lindqvist@silverline.test"), d("2026-03-06 19:00"),
        contact="tom.lindqvist@silverline.test", struct="b64"),
    Msg(K, "en", "Paperkite", "founder_casual_chat",
        "coffee chat?",
        """Hi Alex,

Saw your application for the frontend role come through - loved the offline-first demo you linked. Want to hop on a call this week so I can tell you more about what we're building and hear about what you're looking for? It'd be a 30 min intro with me and our CTO, Wen.

How does Wednesday 3pm or Thursday 11am (Pacific) look?

Sam""",
        ("Sam Okafor", "sam@paperkite.test"), d("2026-01-19 22:45"),
        contact="sam@paperkite.test", struct="plain"),
    Msg(K, "en", "Orbital Foods", "icims_interview_request",
        "Interview Request - Supply Chain Data Analyst",
        """Dear Alex,

Thank you for your interest in the Supply Chain Data Analyst role at Orbital Foods. We are pleased to invite you to interview with the hiring manager.

Please click the link below to select an interview time from the available slots:
https://careers-orbitalfoods.icims.test/jobs/4471/interview/schedule

If you have any questions, please contact Rebecca Lin at rebecca.lin@orbitalfoods.test.

Sincerely,
Orbital Foods Talent Acquisition""",
        ("Orbital Foods Careers", ICIMS), d("2026-02-10 13:00"),
        contact="rebecca.lin@orbitalfoods.test", struct="alt"),
    Msg(K, "en", "Granite Data", "reply_chain_candidate_question",
        "Re: Analytics Engineer application",
        """Hi Alex,

Good question - the role is hybrid, two days a week in our Denver office, and the salary band is $140-160k.

And yes, we'd love to move forward! Can you do a 45-minute technical conversation with Mia (our Analytics Lead) next Tuesday, April 14, at 1pm MT? I'll send a calendar invite as soon as you confirm.

Thanks,
Oscar Reyes
Talent, Granite Data""",
        ("Oscar Reyes", "oscar@granitedata.test"), d("2026-04-08 20:20"),
        contact="oscar@granitedata.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-04-08 15:05"),
                      """Hi Oscar,

Thanks for reaching out. Before we schedule anything, could you tell me whether the role is remote or hybrid, and what the salary range is?

Best regards,
Alex"""),
                Quote(("Oscar Reyes", "oscar@granitedata.test"), d("2026-04-07 17:00"),
                      """Hi Alex, thanks for applying to the Analytics Engineer role at Granite Data! We'd like to learn more about you. Do you have time for a chat in the coming days?

Oscar"""))),
    Msg(K, "en", "Sable Security", "greenhouse_confirmed_interview",
        "Interview Confirmation: Detection Engineer at Sable Security",
        """Hi Alex,

Your interview has been scheduled! Here are the details:

Position: Detection Engineer
Date: Thursday, June 4, 2026
Time: 11:00 AM - 12:00 PM EDT
Interviewers: Rachel Tan, Omar Khalil
Location: Zoom - https://zoom.example.com/j/84120033911

If you need to reschedule, please reply to this email as soon as possible.

Best,
Sable Security Recruiting""",
        ("Sable Security via Greenhouse", GREENHOUSE), d("2026-05-27 15:12"),
        reply_to=("Rachel Tan", "rachel.tan@sablesecurity.test"),
        contact="rachel.tan@sablesecurity.test",
        ics=Ics(d("2026-06-04 15:00"), 60, "Detection Engineer Interview - Alex Rivera",
                ("Rachel Tan", "rachel.tan@sablesecurity.test"),
                location="https://zoom.example.com/j/84120033911")),
    Msg(K, "en", "Tandem Bank", "second_interview_formal",
        "Second interview - Risk Analyst",
        """Dear Alex,

Thank you for attending the first interview last week. I am delighted to let you know that the panel would like to invite you to a second interview.

This will be held at our offices at 25 Moorgate, London, on Tuesday 17 February at 14:00 and will last approximately 90 minutes, including a 20-minute presentation on a topic we will send you 48 hours beforehand.

Please confirm your attendance by replying to this email.

Kind regards,

Olivia Grant
Resourcing Partner
Tandem Bank plc""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-09 09:40"),
        contact="olivia.grant@tandembank.test", struct="latin1", footer=DISCLAIMER_EN),
    Msg(K, "en", "Hexa Systems", "smartrecruiters_video_interview",
        "Hexa Systems invites you to a video interview",
        """Hello Alex,

We've reviewed your application for Solutions Architect and would like to get to know you better. Please choose a time slot for a video interview with our hiring team using the button below.

Schedule my interview: https://jobs.smartrecruiters.com/HexaSystems/interview/sched-55120

The interview will last about 40 minutes.

Best regards,
Nadia Farouk
HR Business Partner""",
        ("Hexa Systems", SMARTRECRUITERS), d("2026-04-06 07:30"),
        reply_to=("Nadia Farouk", "n.farouk@hexasystems.test"),
        contact="n.farouk@hexasystems.test", struct="html"),
    Msg(K, "en", "Redwood Games", "technical_test_then_interview",
        "Redwood Games - Gameplay Programmer interview",
        """Hey Alex,

Thanks for your application - the team loved your jam projects! We'd like to invite you to the next step: a 1-hour technical interview with two of our gameplay programmers, where we'll talk through your past work and do some light live coding in C++.

We have openings next Monday and Tuesday afternoons (CET). Which day suits you better?

Cheers,
Freya Nilsson
Recruiter, Redwood Games""",
        ("Freya Nilsson", "freya@redwoodgames.test"), d("2026-06-05 10:10"),
        contact="freya@redwoodgames.test", struct="alt-b64"),
    Msg(K, "en", "Meridian Health", "panel_interview_invite_ics_only_text",
        "Meridian Health: interview invitation for Clinical Data Manager",
        """Hi Alex,

Thank you for speaking with me last week. I'm pleased to invite you to a panel interview for the Clinical Data Manager role on Thursday, April 16 at 3:00 PM ET. The panel will include Dr. Anil Patel (Director of Clinical Operations) and Sarah Nguyen (Data Management Lead).

A calendar invitation with the Webex link is attached. Please accept it to confirm.

Best regards,
Hannah Cole
Meridian Health Recruitment""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-14 13:50"),
        contact="hannah.cole@meridianhealth.test",
        ics=Ics(d("2026-04-16 19:00"), 60, "Panel interview - Clinical Data Manager",
                ("Hannah Cole", "hannah.cole@meridianhealth.test"), location="Webex",
                attach=True)),
    Msg(K, "en", "Atlas Freight", "agency_client_wants_to_meet",
        "Atlas Freight want to meet you!",
        """Hi Alex,

Good news - Atlas Freight have reviewed your CV and would like to invite you to a first interview for the Logistics Data Lead role. It'll be a 45-minute video call with Karen Blake, their VP Operations.

She's offered Thursday 26th at 10am or Friday 27th at 3pm (UK time). Let me know which you prefer and I'll confirm with the client.

Best,
Chris Halloran
Principal Consultant, Kinetic Talent Partners""",
        ("Chris Halloran", "chris.halloran@kinetictalent.test"), d("2026-02-23 11:05"),
        contact="chris.halloran@kinetictalent.test", struct="plain"),
    Msg(K, "en", "Nimbus Cloud", "workday_assessment_interview",
        "Nimbus Cloud: Interview invitation for Site Reliability Engineer",
        """Dear Alex,

Congratulations! You have been selected to move forward in the hiring process for Site Reliability Engineer (JR-10922).

The next step is a 60-minute virtual interview with the hiring manager. Please log in to your candidate home to choose from the available interview times:
https://nimbus.wd1.myworkdayjobs.test/careers/userHome

We look forward to speaking with you.

Nimbus Cloud Talent Acquisition""",
        ("Nimbus Cloud Careers", workday("nimbuscloud")), d("2026-06-15 14:00"),
        struct="alt"),
    Msg(K, "en", "Lattice Payments", "hiring_manager_direct",
        "Chat about the Backend Engineer role?",
        """Hi Alex,

I'm the engineering manager for the ledger team at Lattice Payments. Kofi passed along your profile and I'd like to set up a technical interview - mostly a conversation about systems you've built, plus a short design exercise.

Would Friday, August 21 at 10am PT work? If not, send me two or three windows that suit you next week.

Thanks,
Ingrid Solberg
Engineering Manager, Ledger
Lattice Payments""",
        ("Ingrid Solberg", "ingrid.solberg@latticepay.test"), d("2026-08-14 16:40"),
        cc=(("Kofi Mensah", "kofi.mensah@latticepay.test"),),
        contact="ingrid.solberg@latticepay.test", struct="qp"),
    Msg(K, "en", "Pinecrest Retail", "teamtailor_invite",
        "Interview invitation – Store Operations Analyst",
        """Hi Alex,

Thank you for your application for Store Operations Analyst! We would like to invite you to an interview.

Please pick a time that suits you via the link: https://pinecrest.teamtailor.test/meetings/8812

The interview is a 30-minute video call with our Operations Manager.

Best regards,
Pinecrest Retail""",
        ("Pinecrest Retail", TEAMTAILOR), d("2026-08-18 08:00"), struct="html"),
    Msg(K, "en", "Foxglove Studio", "case_study_presentation",
        "Foxglove Studio - UX Researcher, round 2",
        """Hi Alex,

The team enjoyed meeting you! For round two we'd like you to present a past research project (20 minutes) followed by Q&A with three members of the design team.

Proposed time: Wednesday, May 6, 1:00-2:15pm PT, on Google Meet. Invite attached - accept if it works, or reply and we'll find another slot.

Best,
Lena Park
People Operations, Foxglove Studio""",
        ("Lena Park", "lena@foxglove.test"), d("2026-04-29 21:10"),
        contact="lena@foxglove.test",
        ics=Ics(d("2026-05-06 20:00"), 75, "Foxglove Studio – UX Researcher Round 2 (Alex Rivera)",
                ("Lena Park", "lena@foxglove.test"), location="Google Meet")),
    Msg(K, "en", "Cedar & Pine Architects", "cp1252_invite",
        "Interview – Junior BIM Coordinator",
        """Dear Alex,

Thank you for your application – we were impressed by your portfolio and would like to meet you.

Could you come to our studio at 14 Harbour Street on Friday 24 July at 11:00? The conversation will take about an hour with our two directors. If that time doesn’t suit, please suggest an alternative.

We look forward to meeting you.

Kind regards,
Fiona O’Neill
Studio Manager
Cedar & Pine Architects""",
        ("Fiona O'Neill", "fiona@cedarpine.test"), d("2026-07-16 09:25"),
        contact="fiona@cedarpine.test", struct="cp1252"),
    # -------- German
    Msg(K, "de", "Nordlicht Software", "einladung_gespraech",
        "Einladung zum Vorstellungsgespräch - Data Engineer",
        """Hallo Alex,

vielen Dank für Deine Bewerbung als Data Engineer bei Nordlicht Software! Deine Unterlagen haben uns überzeugt und wir würden Dich gern kennenlernen.

Wir laden Dich herzlich zu einem ersten Gespräch per Video ein. Passt Dir Dienstag, der 3. März, um 14:00 Uhr? Das Gespräch dauert etwa 45 Minuten; mit dabei sind unser Teamlead Jonas Weber und ich.

Gib mir gern kurz Bescheid, ob der Termin passt, oder schlag mir eine Alternative vor.

Viele Grüße
Julia Hartmann
People & Culture | Nordlicht Software GmbH""",
        ("Julia Hartmann", "julia.hartmann@nordlicht-software.test"), d("2026-02-24 10:00"),
        contact="julia.hartmann@nordlicht-software.test", struct="qp"),
    Msg(K, "de", "Brückner Maschinenbau", "personio_einladung",
        "Einladung: Vorstellungsgespräch Softwareentwickler (m/w/d)",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch an unserem Standort in Augsburg einzuladen.

Termin: Donnerstag, 19. Februar 2026, 10:00 Uhr
Ort: Brückner Maschinenbau GmbH, Industriestraße 12, 86153 Augsburg
Gesprächspartner: Herr Dr. Lehmann (Leitung Softwareentwicklung), Frau Schulz (Personal)

Bitte bestätigen Sie uns den Termin kurz über den folgenden Link: https://brueckner.jobs.personio.test/appointment/confirm/77ab

Mit freundlichen Grüßen
Anna Schulz
Personalreferentin""",
        ("Brückner Maschinenbau GmbH", personio("brueckner")), d("2026-02-09 08:15"),
        reply_to=("Anna Schulz", "a.schulz@brueckner-maschinenbau.test"),
        contact="a.schulz@brueckner-maschinenbau.test", struct="alt", footer=DISCLAIMER_DE),
    Msg(K, "de", "Kessler & Vogt", "zweites_gespraech_iso",
        "Ihre Bewerbung - Einladung zum zweiten Gespräch",
        """Sehr geehrter Herr Rivera,

nach dem angenehmen ersten Gespräch möchten wir Sie gern zu einem zweiten Gespräch mit unserem Vorstand einladen. Wir schlagen Ihnen folgende Termine vor:

- Montag, 30. März, 15:00 Uhr
- Mittwoch, 1. April, 9:30 Uhr

Das Gespräch findet in unserer Zentrale in Frankfurt statt. Reisekosten werden selbstverständlich erstattet.

Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Sabine Wolf
Personalabteilung, Kessler & Vogt AG""",
        ("Sabine Wolf", "s.wolf@kessler-vogt.test"), d("2026-03-20 13:30"),
        contact="s.wolf@kessler-vogt.test", struct="latin1"),
    Msg(K, "de", "Rheinwerk Digital", "teams_einladung_ics",
        "Kennenlernen Frontend-Entwicklung - Rheinwerk Digital",
        """Hallo Herr Rivera,

wie telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem Kennenlerngespräch per Microsoft Teams am Freitag, 12. Juni, von 11:00 bis 12:00 Uhr.

Mit dabei sind Lea Becker (Frontend-Lead) und ich. Wir werden über Ihre bisherigen Projekte sprechen und Ihnen unser Team vorstellen.

Beste Grüße
Tobias Brandt
Talent Acquisition""",
        ("Tobias Brandt", "tobias.brandt@rheinwerk-digital.test"), d("2026-06-03 15:00"),
        contact="tobias.brandt@rheinwerk-digital.test",
        ics=Ics(d("2026-06-12 09:00"), 60, "Kennenlernen Rheinwerk Digital – Alex Rivera",
                ("Tobias Brandt", "tobias.brandt@rheinwerk-digital.test"),
                location="Microsoft Teams-Besprechung")),
    Msg(K, "de", "Stadtwerke Emmental", "telefoninterview",
        "Telefoninterview für die Position IT-Systemadministrator",
        """Guten Tag Herr Rivera,

herzlichen Dank für Ihr Interesse an den Stadtwerken Emmental. Gern möchten wir Sie im Rahmen eines kurzen Telefoninterviews näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
https://karriere.stadtwerke-emmental.test/termin/4410

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        ("Stadtwerke Emmental Karriere", "bewerbung@stadtwerke-emmental.test"),
        d("2026-09-07 06:45"), contact="bewerbung@stadtwerke-emmental.test", struct="b64"),
    # -------- French
    Msg(K, "fr", "Lumière Conseil", "invitation_entretien",
        "Invitation à un entretien - Consultant Data",
        """Bonjour Alex,

Suite à votre candidature pour le poste de Consultant Data, nous souhaiterions vous rencontrer lors d'un premier entretien avec Julien Morel, manager de l'équipe Data.

Seriez-vous disponible le mardi 27 janvier à 10h ou le mercredi 28 janvier à 16h ? L'entretien aura lieu dans nos locaux, 12 rue de la Paix à Paris, et durera environ une heure.

Dans l'attente de votre retour,

Bien cordialement,
Camille Durand
Chargée de recrutement - Lumière Conseil""",
        ("Camille Durand", "camille.durand@lumiere-conseil.test"), d("2026-01-20 09:15"),
        contact="camille.durand@lumiere-conseil.test", struct="qp"),
    Msg(K, "fr", "Cap Horizon", "entretien_visio",
        "Cap Horizon - Entretien Product Owner",
        """Bonjour Alex,

Merci pour votre candidature ! Votre parcours a retenu toute notre attention et nous aimerions échanger avec vous en visio.

Je vous propose un premier entretien de 30 minutes ce jeudi à 11h. Le lien Google Meet est dans l'invitation jointe.

À très vite,
Sophie Lambert
Talent Acquisition Manager""",
        ("Sophie Lambert", "sophie.lambert@cap-horizon.test"), d("2026-05-04 08:30"),
        contact="sophie.lambert@cap-horizon.test",
        ics=Ics(d("2026-05-07 09:00"), 30, "Entretien Cap Horizon / Alex Rivera",
                ("Sophie Lambert", "sophie.lambert@cap-horizon.test"), location="Google Meet")),
    Msg(K, "fr", "Atelier Boréal", "teamtailor_fr",
        "Atelier Boréal - Prenons rendez-vous",
        """Bonjour Alex,

Merci pour votre candidature au poste de Développeur Full-Stack. Nous serions ravis de poursuivre avec vous par un entretien technique d'une heure avec notre CTO.

Choisissez le créneau qui vous convient : https://atelierboreal.teamtailor.test/meetings/2201

À bientôt,
L'équipe Atelier Boréal""",
        ("Atelier Boréal", TEAMTAILOR), d("2026-03-09 14:10"), struct="html"),
    Msg(K, "fr", "Groupe Valmont", "convocation_formelle",
        "Convocation à un entretien",
        """Madame, Monsieur,

Suite à votre candidature au poste d'Analyste Financier, nous avons le plaisir de vous convier à un entretien le lundi 13 avril 2026 à 14h30 au siège du Groupe Valmont, 8 avenue Foch, 69006 Lyon.

Merci de vous présenter à l'accueil muni d'une pièce d'identité. En cas d'empêchement, nous vous remercions de prévenir Mme Girard au 04 00 00 00 00 ou par retour de mail.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Isabelle Girard
Direction des Ressources Humaines""",
        ("Isabelle Girard", "isabelle.girard@groupe-valmont.test"), d("2026-04-02 10:05"),
        contact="isabelle.girard@groupe-valmont.test", struct="latin1"),
    # -------- Spanish
    Msg(K, "es", "Grupo Mirador", "invitacion_entrevista",
        "Entrevista para el puesto de Desarrollador Backend",
        """Hola Alex,

¡Gracias por tu candidatura! Nos ha gustado mucho tu perfil y queremos invitarte a una entrevista con el equipo técnico.

¿Te vendría bien el jueves 5 de marzo a las 16:00 (hora de Madrid)? Será por videollamada y durará unos 60 minutos. Participarán Andrés Gil, Tech Lead, y yo.

Quedo a la espera de tu confirmación.

Un saludo,
Lucía Fernández
Talent Acquisition | Grupo Mirador""",
        ("Lucía Fernández", "lucia.fernandez@grupomirador.test"), d("2026-02-26 12:00"),
        contact="lucia.fernandez@grupomirador.test", struct="alt"),
    Msg(K, "es", "Soluciones Altamar", "convocatoria_entrevista",
        "Convocatoria de entrevista - Analista de Datos",
        """Estimado Alex:

Nos ponemos en contacto con usted para convocarle a una entrevista personal para el puesto de Analista de Datos, que tendrá lugar el próximo martes 10 de febrero a las 10:30 horas en nuestras oficinas de la calle Alcalá 120, Madrid.

Le rogamos que confirme su asistencia respondiendo a este correo.

Reciba un cordial saludo,
Marta Ruiz
Departamento de Recursos Humanos""",
        ("Marta Ruiz", "marta.ruiz@altamar-soluciones.test"), d("2026-02-02 09:20"),
        contact="marta.ruiz@altamar-soluciones.test", struct="latin1", footer=DISCLAIMER_ES),
    Msg(K, "es", "Tecnologías Brisa", "greenhouse_es_agenda",
        "Agenda tu entrevista con Tecnologías Brisa",
        """Hola Alex:

Gracias por tu interés en el puesto de Ingeniero/a DevOps. Nos encantaría conocerte mejor en una entrevista técnica de 45 minutos.

Por favor, elige el horario que mejor te convenga en el siguiente enlace: https://app.greenhouse.io/scheduling/availability/brisa-7731

Si tienes cualquier duda, escribe a Pablo Serrano (pablo.serrano@tecbrisa.test).

¡Hasta pronto!
Equipo de Talento""",
        ("Tecnologías Brisa", GREENHOUSE), d("2026-04-01 10:00"),
        contact="pablo.serrano@tecbrisa.test", struct="alt-b64"),
    Msg(K, "es", "Iberluz Energía", "segunda_entrevista_ics",
        "Segunda entrevista - Ingeniero de Datos",
        """Buenos días, Alex:

Tras la primera entrevista, nos gustaría que conocieras a Carmen Vidal, directora de Analítica. Te envío una invitación para el miércoles 20 de mayo de 12:00 a 13:00 en nuestras oficinas de Bilbao (Gran Vía 45, 3ª planta).

Si no puedes en ese horario, dímelo y buscamos otro hueco.

Un saludo,
Javier Ortega
Responsable de Selección""",
        ("Javier Ortega", "jortega@iberluz.test"), d("2026-05-12 08:05"),
        contact="jortega@iberluz.test",
        ics=Ics(d("2026-05-20 10:00"), 60, "Entrevista Iberluz - Alex Rivera",
                ("Javier Ortega", "jortega@iberluz.test"), location="Gran Vía 45, Bilbao")),
]
