"""Corpus 255 - interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from msgs255_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    gmail_html,
    outlook,
    outlook_html,
    quote,
    reply,
)

_HANNAH = ("Hannah Crisp", "hannah.crisp@wensumclinical.example.co.uk")
_DECLAN = ("Declan Howlett", "declan.howlett@anglials.example.co.uk")
_SUNITA = ("Sunita Rao", "sunita.rao@thamesbridge.example.co.uk")
_GRACE = ("Grace Whitlock", "grace.whitlock@meridian-ah.example.co.uk")
_PETE = ("Pete Sallis", "pete.sallis@yareanimalhealth.example.co.uk")
_PRIYA = ("Priya Venkatesh", "priya.venkatesh@bishopsgate-tu.example.ac.uk")
_MARCUS = ("Marcus Delaney", "marcus.delaney@harbourclinical.example.co.uk")
_RUTH = ("Dr Ruth Gowing", "ruth.gowing@cringlefordctf.example.co.uk")
_GRAHAM = ("Graham Lockwood", "graham.lockwood@orwellresearch.example.co.uk")
_HARRIET = ("Harriet Ling", "harriet.ling@debenanimalhealth.example.co.uk")
_ELODIE = ("Élodie Marchand", "elodie.marchand@confluence-rc.example.fr", "utf-8", "q")
_HELENE = ("Hélène Favre", "helene.favre@irv-marcy.example.fr", "iso-8859-1", "q")
_JONAS = ("Jonas Brenner", "jonas.brenner@neckar-kf.example.de")
_SABINE = ("Sabine Keßler", "sabine.kessler@studienzentrum-kurpfalz.example.de", "utf-8", "b")
_IRENE = ("Irene Soler", "irene.soler@icmontjuic.example.es")
_MONTSE = ("Dra. Montserrat Vidal", "montserrat.vidal@hubesos.example.es")

_WENSUM_SIG = """Hannah Crisp
Talent Partner
Wensum Clinical Research
21 Whitefriars, Norwich NR3 1TN
01603 555 804 | www.wensumclinical.example.co.uk"""

_WENSUM_PANEL = f"""Dear Rosalind,

Thank you for a really enjoyable call last week. I'm pleased to invite you to a panel interview for the Clinical Research Coordinator (Oncology) role.

When: Tuesday 15 September 2026, 10:00-11:15
Where: Wensum Clinical Research, 21 Whitefriars, Norwich NR3 1TN (second floor - please sign in at reception)
Panel: Dr Imran Qureshi (Principal Investigator), Lorna Fairweather (Site Manager) and me

The first 15 minutes is a short presentation: "How would you prepare a patient for their first study visit?" - no slides needed, a single handout is fine. The rest is a competency-based conversation.

A calendar invitation is attached; please accept it so the room booking is confirmed, or let me know if the time doesn't work.

Best wishes,
Hannah

{_WENSUM_SIG}"""

_WENSUM_MOVED = f"""Dear Rosalind,

I'm so sorry to do this - Dr Qureshi has been called to an investigator meeting in Leeds on the 15th, and we'd like the full panel to meet you.

Could we move your panel interview to Thursday 17 September, 14:00-15:15? Same place, same format. I've updated the calendar invitation; if the new time is a problem just reply and we'll find another.

Apologies again for the change.

Hannah

{_WENSUM_SIG}"""

_CONFLUENCE_INVITE = """Bonjour Rosalind,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à un entretien en visioconférence pour le poste de coordinatrice d'études cliniques.

Date : mardi 21 avril 2026, de 10h00 à 11h00 (heure de Paris, soit 9h00 à Norwich)
Lien Teams : https://teams.example.com/l/meetup-join/confluence-rc/entretien-21-04
Participants : Dr Antoine Giraud, responsable des opérations cliniques, et moi-même

L'entretien se déroulera en français et en anglais. Merci de me confirmer votre présence en acceptant l'invitation jointe.

Belle journée,

Élodie Marchand
Chargée de recrutement
Confluence Recherche Clinique
12 quai Perrache, 69002 Lyon
04 72 55 50 31"""

_NECKAR_INVITE = """Sehr geehrte Frau Mbatha-Eriksen,

vielen Dank für Ihre Bewerbung als Studienkoordinatorin (m/w/d). Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Mittwoch, 20. Mai 2026, 09:30 bis 10:30 Uhr
Ort: Neckar Klinische Forschung, Im Neuenheimer Feld 582, 69120 Heidelberg, Raum 2.14
Gesprächspartner: Dr. Katharina Vogt (Geschäftsführung) und Jonas Brenner (Personal)

Das Gespräch führen wir auf Deutsch und Englisch. Reisekosten erstatten wir bis 250 EUR gegen Beleg. Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung.

Mit freundlichen Grüßen

Jonas Brenner
Personalreferent
Neckar Klinische Forschung GmbH
Im Neuenheimer Feld 582, 69120 Heidelberg
Tel. +49 6221 555 4410"""

_CRINGLEFORD_FIRST = """Hi Rosalind,

Ruth Gowing here, I run the nursing side of the trials facility at Cringleford - Jess Thurlow passed me your CV (hope that's ok!).

We're about to take on a new research practitioner and honestly a vet nurse's skill set is a better fit than people assume. Are you free Thursday to chat? Say 12:30 on the phone, half an hour, nothing formal - I'd just like to tell you about the post and hear what you're after.

Ruth

Sent from Outlook for Android"""

INVITATIONS = [
    # ------------------------------------------------------------------ English
    dict(
        key="wensum_phone_screen",
        lang="en", company="Wensum Clinical Research", contact="hannah.crisp@wensumclinical.example.co.uk",
        date="2026-08-19 11:20 +0100",
        **{"from": _HANNAH},
        subject="Clinical Research Coordinator (Oncology) - quick call?",
        parent="wensum_workday_ack",
        text=f"""Hi Rosalind,

Thanks for applying for our Clinical Research Coordinator (Oncology) post. I've read your application and I'd love to have an initial phone conversation - around 30 minutes - to talk through your experience and tell you more about the team.

Would Monday 24 or Tuesday 25 August suit? I'm free between 9 and 12 on both days. If you let me know a time and the best number, I'll give you a ring.

Kind regards,
Hannah

{_WENSUM_SIG}
""",
    ),
    dict(
        key="wensum_panel_invite",
        lang="en", company="Wensum Clinical Research", contact="hannah.crisp@wensumclinical.example.co.uk",
        date="2026-09-01 15:05 +0100",
        **{"from": _HANNAH},
        subject="Invitation: Panel interview - CRC (Oncology) @ Tue 15 Sep 2026 10:00 - 11:15 (BST)",
        parent="wensum_phone_screen",
        text=_WENSUM_PANEL,
        html=outlook_html(_WENSUM_PANEL),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-wensum-crc-panel", "seq": 0,
                 "start": "2026-09-15 10:00", "end": "2026-09-15 11:15",
                 "summary": "Panel interview - CRC (Oncology) - Rosalind Mbatha-Eriksen",
                 "location": "Wensum Clinical Research, 21 Whitefriars, Norwich - Room 2B",
                 "organizer": _HANNAH,
                 "attendees": [("Dr Imran Qureshi", "imran.qureshi@wensumclinical.example.co.uk"),
                            ("Lorna Fairweather", "lorna.fairweather@wensumclinical.example.co.uk")],
                 "mode": "alt", "cte": "base64"},
    ),
    dict(
        key="granta_agency_sets_up_interview",
        lang="en", company="Granta Trials", contact="declan.howlett@anglials.example.co.uk",
        date="2026-01-27 14:20 +0000",
        **{"from": _DECLAN},
        subject="Granta Trials - interview Tues 3rd Feb",
        parent="anglia_agency_registration",
        text="""Hi Rosalind,

Good news - Granta Trials would like to meet you for the Clinical Research Coordinator post. I've pencilled in Tuesday 3rd February at 11:00 at their Science Park office, with the Head of Site Operations and one of the senior CRCs. Could you confirm you can make that?

A few pointers from me:
- it's an hour, fairly conversational, but expect a scenario about a protocol deviation
- they'll ask why research and why now - your story about the canine osteoarthritis study at the practice is perfect for that
- parking is tight, the Park & Ride from Milton is easier

Address: Granta Trials, Building 1010, Cambridge Science Park, Milton Road, CB4 0FZ. Ask for Eleanor at reception.

Shout if anything's unclear. Good luck - you'll be great.

Best,
Declan

Declan Howlett
Senior Consultant, Clinical Operations
Anglia Life Sciences Recruitment
Suite 4, Neptune Quay, Ipswich IP4 1AX
t: 01473 555 218 | m: 07700 900 418
""",
    ),
    dict(
        key="rijnstad_greenhouse_schedule",
        lang="en", company="Rijnstad Clinical Research", contact="maartje.devries@rijnstad.example.nl",
        date="2026-03-16 13:02 +0100",
        **{"from": ("Maartje de Vries via Greenhouse", "no-reply@us.greenhouse-mail.io")},
        reply_to=("Maartje de Vries", "maartje.devries@rijnstad.example.nl"),
        subject="Rijnstad Clinical Research - please choose your interview time",
        parent="rijnstad_greenhouse_ack",
        text="""Hi Rosalind,

Thanks for applying to the Clinical Research Associate I role. We would like to invite you to a 45-minute video interview with our Clinical Operations Lead, Sander Bakker.

Please choose a time that suits you using the link below. Available slots run from Monday 23 to Thursday 26 March (Central European Time):

https://app.greenhouse.io/scheduling/rijnstad/pick-a-time/7f3c21d9

Once you have chosen a slot you will receive a Microsoft Teams invitation.

Best regards,
Maartje de Vries
Talent Acquisition Partner | Rijnstad Clinical Research
""",
        html=ats_card("Rijnstad Clinical Research", "#0b6e4f", """Hi Rosalind,

Thanks for applying to the Clinical Research Associate I role. We would like to invite you to a 45-minute video interview with our Clinical Operations Lead, Sander Bakker.

Please choose a time that suits you. Available slots run from Monday 23 to Thursday 26 March (Central European Time).

Once you have chosen a slot you will receive a Microsoft Teams invitation.

Best regards,
Maartje de Vries
Talent Acquisition Partner | Rijnstad Clinical Research""", "Sent via Greenhouse.", ("Choose a time", "https://app.greenhouse.io/scheduling/rijnstad/pick-a-time/7f3c21d9")),
    ),
    dict(
        key="thamesbridge_free_thursday",
        lang="en", company="Thamesbridge Clinical", contact="sunita.rao@thamesbridge.example.co.uk",
        date="2026-04-06 12:15 +0100",
        **{"from": _SUNITA},
        subject="CRC role - fancy a chat?",
        text="""Hi Rosalind,

Hope you had a good Easter! I've just been through your application for our Clinical Research Coordinator role and I'd really like to talk.

Are you free Thursday (9th) to chat? Any time after 2pm works my end - it'd be a video call of about 40 minutes with me and Dr Adaeze Okafor, one of our investigators. Just let me know what suits and I'll send a link.

Speak soon,
Sunita

Sunita Rao | Senior Talent Partner
Thamesbridge Clinical
3 Gainsford Street, London SE1 2NE
+44 20 7946 0812
""",
        html=gmail_html("""Hi Rosalind,

Hope you had a good Easter! I've just been through your application for our Clinical Research Coordinator role and I'd really like to talk.

Are you free Thursday (9th) to chat? Any time after 2pm works my end - it'd be a video call of about 40 minutes with me and Dr Adaeze Okafor, one of our investigators. Just let me know what suits and I'll send a link.

Speak soon,
Sunita

Sunita Rao | Senior Talent Partner
Thamesbridge Clinical
3 Gainsford Street, London SE1 2NE
+44 20 7946 0812"""),
    ),
    dict(
        key="meridian_assessment_centre",
        lang="en", company="Meridian Animal Health", contact="grace.whitlock@meridian-ah.example.co.uk",
        date="2026-04-22 10:40 +0100",
        **{"from": _GRACE},
        subject="Meridian Animal Health - Assessment Centre invitation, Wednesday 6 May",
        parent="meridian_smartrecruiters_ack",
        text="""Dear Rosalind,

Congratulations - following the review of your application for Pharmacovigilance & Clinical Trials Coordinator, we would like to invite you to our Assessment Centre.

Date: Wednesday 6 May 2026
Time: 09:00 (registration from 08:40) to approximately 15:30
Venue: Meridian Animal Health, 9 Harbour Exchange Square, London E14 9GE

The day includes a group case exercise on an adverse-event report, a written prioritisation task, and a 45-minute interview with the hiring manager. The full agenda is attached. Lunch is provided; please tell us about any dietary requirements or adjustments you need.

Please confirm your attendance by replying to this email by Wednesday 29 April.

Kind regards,

Grace Whitlock
Early Careers & Talent Coordinator
Meridian Animal Health UK
9 Harbour Exchange Square, London E14 9GE
+44 20 7946 0377
""",
        cte="qp",
        attach=[("pdf", "Meridian_Assessment_Centre_Agenda_6May2026.pdf", [
            "Meridian Animal Health - Assessment Centre",
            "Pharmacovigilance & Clinical Trials Coordinator",
            "Wednesday 6 May 2026, 9 Harbour Exchange Square, London E14 9GE",
            "",
            "08:40  Registration and coffee",
            "09:00  Welcome from the Head of Clinical Development",
            "09:30  Group case exercise: canine adverse-event report",
            "11:00  Written prioritisation task (45 minutes)",
            "12:15  Lunch with current coordinators",
            "13:15  Competency interview with the hiring manager",
            "15:00  Questions and close",
        ])],
    ),
    dict(
        key="cam_valley_taleo_interview",
        lang="en", company="Cam Valley Hospitals NHS Foundation Trust", contact="",
        date="2026-02-02 07:30 +0000",
        **{"from": ("Cam Valley Hospitals Recruitment", "no-reply@taleo.net")},
        subject="Invitation to interview - Research Practitioner (Band 5), ref 417-RP-0226",
        parent="cam_valley_taleo_ack",
        text="""Dear Rosalind Mbatha-Eriksen,

Vacancy: Research Practitioner (Band 5), Clinical Research Facility
Reference: 417-RP-0226

We are pleased to inform you that you have been shortlisted for the above post and we would like to invite you to interview.

Interviews will take place on Wednesday 11 February 2026 at the Clinical Research Facility, Cam Valley Hospital, Hills Road, Cambridge. Please log in to your candidate account to book one of the available interview slots. Slots are allocated on a first-come, first-served basis.

Please bring photographic ID and proof of your right to work in the UK.

Recruitment Services
Cam Valley Hospitals NHS Foundation Trust

This is an automated message from an unmonitored mailbox. Please do not reply.
""",
        html=ats_card("Cam Valley Hospitals NHS Foundation Trust", "#005eb8", """Dear Rosalind Mbatha-Eriksen,

Vacancy: Research Practitioner (Band 5), Clinical Research Facility
Reference: 417-RP-0226

We are pleased to inform you that you have been shortlisted for the above post and we would like to invite you to interview.

Interviews will take place on Wednesday 11 February 2026 at the Clinical Research Facility, Cam Valley Hospital, Hills Road, Cambridge. Please log in to your candidate account to book one of the available interview slots. Slots are allocated on a first-come, first-served basis.

Please bring photographic ID and proof of your right to work in the UK.

Recruitment Services
Cam Valley Hospitals NHS Foundation Trust""", "This is an automated message from an unmonitored mailbox. Please do not reply.", ("Book your interview slot", "https://camvalley.taleo.net/careersection/interview/book?req=417-RP-0226")),
    ),
    dict(
        key="yare_trial_day",
        lang="en", company="Yare Animal Health", contact="pete.sallis@yareanimalhealth.example.co.uk",
        date="2026-07-01 16:05 +0100",
        **{"from": _PETE},
        subject="Trial day - Friday 10th July",
        text="""Hi Rosalind,

Thanks for your application for the Clinical Study Technician job. Rather than a formal interview we do a trial day - you'd spend Friday 10th July with our study team at the Thorpe site, sit in on a dosing visit and an owner consent appointment, and have a proper chat with me and Nadia from QA over lunch.

Start 8:30, finish around 4. We'll pay your travel. Bring closed-toe shoes; scrubs provided.

Can you let me know by Monday whether the 10th works?

Cheers,
Pete Sallis
Study Director
Yare Animal Health Ltd
Yarmouth Road, Thorpe St Andrew, Norwich NR7 0HN
01603 555 266
""",
    ),
    dict(
        key="bishopsgate_panel_ics_attached",
        lang="en", company="Bishopsgate Trials Unit", contact="priya.venkatesh@bishopsgate-tu.example.ac.uk",
        date="2026-06-24 09:12 +0100",
        **{"from": _PRIYA},
        subject="Interview invitation: Trial Coordinator (Infection), Thursday 2 July",
        text="""Dear Rosalind,

Thank you for applying for the post of Trial Coordinator (Infection) at Bishopsgate Trials Unit. I am pleased to invite you to interview.

Date and time: Thursday 2 July 2026, 10:30-11:30
Location: Bishopsgate Trials Unit, 5th floor, 90 Old Broad Street, London EC2N 1HT
Panel: Professor Lionel Hardcastle (Unit Director), Dr Sarah Nwosu (Senior Trial Manager) and myself

You will be asked to give a 10-minute presentation on "the three biggest risks to participant retention in a 24-month antimicrobial trial, and how a coordinator can reduce them". Please bring it on a USB stick.

I have attached a calendar invitation. Please confirm by reply that you are able to attend.

Best wishes,

Priya Venkatesh
Unit Administrator
Bishopsgate Trials Unit
90 Old Broad Street, London EC2N 1HT
Tel: 020 7946 0291
""",
        ics={"method": "REQUEST", "uid": "bishopsgate-tc-inf-20260702-rme@bishopsgate-tu.example.ac.uk",
                 "seq": 0, "start": "2026-07-02 10:30", "end": "2026-07-02 11:30",
                 "summary": "Interview: Trial Coordinator (Infection) - R. Mbatha-Eriksen",
                 "location": "BTU 5th floor meeting room, 90 Old Broad Street",
                 "organizer": _PRIYA, "mode": "attach", "filename": "invite.ics",
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    ),
    dict(
        key="harbour_agency_client_interview",
        lang="en", company="Lambeth Clinical Pharmacology Unit", contact="marcus.delaney@harbourclinical.example.co.uk",
        date="2026-07-14 11:00 +0100",
        **{"from": _MARCUS},
        subject="Interview confirmed - Lambeth Clinical Pharmacology Unit, Tue 21 July",
        parent="harbour_registration",
        text="""Hi Rosalind,

Great news - the Lambeth Clinical Pharmacology Unit loved your CV and want to meet you for the Clinical Research Coordinator (Phase I) role.

Interview: Tuesday 21 July, 14:00
Where: LCPU, 2 Kennington Road, London SE11 4NQ - report to the volunteer reception on the ground floor
With: Dr Tomasz Nowak, Clinical Operations Manager, and Bev Ashworth, Lead Research Nurse

It's a 60-minute competency interview plus a 15-minute tour of the ward. They'll want to hear about working night shifts, emergency response and keeping meticulous records - so plenty from your vet nursing to draw on.

Call me afterwards so we can debrief. I'll send over some prep notes tomorrow.

Marcus

Marcus Delaney
Principal Consultant - Clinical Research
Harbour Clinical Talent
Unit 12, Tower Bridge Business Complex, London SE16 4DG
T 020 7946 0668 | M 07700 900 561

Harbour Clinical Talent Ltd acts as an employment agency. This email may contain confidential information.
""",
        cte="qp",
    ),
    dict(
        key="zijlpoort_lever_video_invite",
        lang="en", company="Zijlpoort Biotherapeutics", contact="anouk.visser@zijlpoort.example.nl",
        date="2026-05-14 10:30 +0200",
        **{"from": ("Anouk Visser", "no-reply@hire.lever.co")},
        reply_to=("Anouk Visser", "anouk.visser@zijlpoort.example.nl"),
        subject="Zijlpoort Biotherapeutics - next step for Clinical Study Coordinator",
        parent="zijlpoort_lever_ack",
        text="""Hi Rosalind,

Thank you for your interest in Zijlpoort Biotherapeutics! I'm happy to let you know that our clinical operations team would like to invite you for a 45-minute video interview for the Clinical Study Coordinator position in Leiden.

Please use this link to pick a slot that works for you in the next two weeks:
https://hire.lever.co/interview/zijlpoort/schedule/4c2e-88a1

The conversation will be in English with Joost Hendriks (Clinical Operations Manager) and me. If none of the times work, simply reply to this email.

Kind regards,
Anouk Visser
Talent Acquisition | Zijlpoort Biotherapeutics
""",
        html=ats_card("Zijlpoort Biotherapeutics", "#3b3b98", """Hi Rosalind,

Thank you for your interest in Zijlpoort Biotherapeutics! I'm happy to let you know that our clinical operations team would like to invite you for a 45-minute video interview for the Clinical Study Coordinator position in Leiden.

Please pick a slot that works for you in the next two weeks.

The conversation will be in English with Joost Hendriks (Clinical Operations Manager) and me. If none of the times work, simply reply to this email.

Kind regards,
Anouk Visser
Talent Acquisition | Zijlpoort Biotherapeutics""", "Powered by Lever.", ("Schedule interview", "https://hire.lever.co/interview/zijlpoort/schedule/4c2e-88a1")),
    ),
    dict(
        key="helixmoor_ashby_invite",
        lang="en", company="Helixmoor Bio", contact="",
        date="2026-07-02 16:44 +0100",
        **{"from": ("Helixmoor Bio", "no-reply@ashbyhq.com")},
        subject="Schedule your interview with Helixmoor Bio",
        parent="helixmoor_ashby_ack",
        text="""Hi Rosalind,

The Helixmoor Bio team would like to schedule an interview with you for the Clinical Operations Coordinator role.

Interview: Clinical Operations screen (45 min, video)
Interviewers: Dr Ffion Rees (Head of Trials), Matt Coulson (Clinical Operations Lead)

Please select your availability here:
https://app.ashbyhq.com/interview-scheduling/helixmoor/9b01e7c2

Times are shown in your local time zone. We look forward to speaking with you!

Helixmoor Bio Talent
""",
        html=ats_card("Helixmoor Bio", "#111827", """Hi Rosalind,

The Helixmoor Bio team would like to schedule an interview with you for the Clinical Operations Coordinator role.

Interview: Clinical Operations screen (45 min, video)
Interviewers: Dr Ffion Rees (Head of Trials), Matt Coulson (Clinical Operations Lead)

Times are shown in your local time zone. We look forward to speaking with you!

Helixmoor Bio Talent""", "Sent by Ashby on behalf of Helixmoor Bio.", ("Select availability", "https://app.ashbyhq.com/interview-scheduling/helixmoor/9b01e7c2")),
    ),
    dict(
        key="cringleford_free_thursday",
        lang="en", company="Cringleford Clinical Trials Facility", contact="ruth.gowing@cringlefordctf.example.co.uk",
        date="2026-03-03 21:02 +0000",
        **{"from": _RUTH},
        subject="Research practitioner post - chat?",
        text=_CRINGLEFORD_FIRST + "\n",
    ),
    dict(
        key="orwell_phone_interview",
        lang="en", company="Orwell Research Services", contact="graham.lockwood@orwellresearch.example.co.uk",
        date="2026-05-12 14:30 +0100",
        **{"from": _GRAHAM},
        subject="RE: Application - Study Coordinator (ref ORS-SC-04)",
        parent="sent_orwell_application",
        text=reply(
            """Dear Rosalind,

Thank you for your application and covering letter. We'd like to invite you to a telephone interview with me and our Quality Lead, Sophie Marsh.

Would Tuesday 19 May at 10:00 suit you? The call will last about 40 minutes; I’ll ring you on the mobile number on your CV (07700 900 377). If that time isn’t convenient, please suggest another that week.

Regards,

Graham Lockwood
Operations Manager
Orwell Research Services Ltd
Unit 7, Ransomes Europark, Ipswich IP3 9SJ
Tel 01473 555 640
""",
            "en", "2026-05-04 21:10", CAND_NAME, CAND_ADDR,
            """Dear Mr Lockwood,

Please find attached my CV and covering letter for the Study Coordinator position (ref ORS-SC-04) advertised on your website.

I am a registered veterinary nurse with nine years' experience, the last three including coordinating our practice's participation in two veterinary clinical studies. I would welcome the opportunity to discuss how my experience could support your team.

Kind regards,
Rosalind Mbatha-Eriksen
07700 900 377""",
        ),
        charset="windows-1252", cte="qp",
    ),
    dict(
        key="deben_long_chain_video",
        lang="en", company="Deben Animal Health", contact="harriet.ling@debenanimalhealth.example.co.uk",
        date="2026-10-12 10:05 +0100",
        **{"from": _HARRIET},
        subject="Re: Re: Clinical Trials Assistant application",
        text=reply(
            """Hi Rosalind,

Apologies for the slow reply - we've had a busy few weeks with a regulatory submission.

I'm pleased to say the hiring manager would like to interview you. Could you do Tuesday 20 October at 11:00? It would be a Teams video call of about an hour with Dr Neil Brundish (Clinical Trials Manager) and me. Here's the link:
https://teams.example.com/l/meetup-join/deben/cta-interview-2010

Let me know if that works.

Harriet

Harriet Ling
HR Business Partner
Deben Animal Health Ltd
Sandy Lane, Martlesham Heath, Ipswich IP5 3RZ
01473 555 913
""",
            "en", "2026-10-05 08:14", CAND_NAME, CAND_ADDR,
            """Hi Harriet,

I hope you're well. I just wanted to check whether there's any news on the Clinical Trials Assistant role - I'm still very interested.

Many thanks,
Rosalind

"""
            + "On Mon, 21 Sep 2026 at 16:40, Harriet Ling <harriet.ling@debenanimalhealth.example.co.uk> wrote:\n"
            + quote("""Dear Rosalind,

Thank you for your application for the Clinical Trials Assistant role. We've received it and the hiring manager will be reviewing applications after the closing date on 2 October. Unfortunately we can't always reply quickly during busy periods, but we will be in touch either way.

Best wishes,
Harriet"""),
        ),
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="confluence_entretien_teams",
        lang="fr", company="Confluence Recherche Clinique", contact="elodie.marchand@confluence-rc.example.fr",
        date="2026-04-14 11:20 +0200",
        **{"from": _ELODIE},
        subject="Invitation à un entretien – Coordinatrice d'études cliniques",
        subject_enc=("utf-8", "q"),
        parent="confluence_ack",
        text=_CONFLUENCE_INVITE + "\n",
        html=outlook_html(_CONFLUENCE_INVITE, "FR"),
        ics={"method": "REQUEST", "uid": "confluence-rc-entretien-rme-0421", "seq": 0,
                 "start": "2026-04-21 10:00", "end": "2026-04-21 11:00", "tz": "Europe/Paris",
                 "summary": "Entretien - Coordinatrice d'études cliniques - R. Mbatha-Eriksen",
                 "location": "Réunion Microsoft Teams", "organizer": _ELODIE[:2],
                 "attendees": [("Antoine Giraud", "antoine.giraud@confluence-rc.example.fr")],
                 "mode": "alt", "cte": "qp"},
    ),
    dict(
        key="saone_entretien_visio",
        lang="fr", company="Saône Santé Animale", contact="camille.roux@saone-sa.example.fr",
        date="2026-02-18 09:40 +0100",
        **{"from": ("Camille Roux", "no-reply@teamtailor-mail.com")},
        reply_to=("Camille Roux", "camille.roux@saone-sa.example.fr"),
        subject="Saône Santé Animale : entretien pour le poste d'Assistante études cliniques",
        subject_enc=("iso-8859-1", "q"),
        text="""Bonjour Rosalind,

Votre candidature au poste d'Assistante études cliniques vétérinaires a retenu toute notre attention et nous aimerions faire votre connaissance.

Je vous propose un entretien en visio le jeudi 26 février à 15h00 (heure française), d'une durée de 45 minutes, avec notre responsable des essais terrain, Bastien Leclerc.

Vous pouvez confirmer ce créneau ou en choisir un autre directement ici : https://saonesanteanimale.teamtailor.com/interview/confirm/a81f

À très bientôt,
Camille Roux
Chargée RH - Saône Santé Animale
Chemin du Grand Bois, 69290 Craponne
""",
        html=ats_card("Saône Santé Animale", "#c0392b", """Bonjour Rosalind,

Votre candidature au poste d'Assistante études cliniques vétérinaires a retenu toute notre attention et nous aimerions faire votre connaissance.

Je vous propose un entretien en visio le jeudi 26 février à 15h00 (heure française), d'une durée de 45 minutes, avec notre responsable des essais terrain, Bastien Leclerc.

À très bientôt,
Camille Roux
Chargée RH - Saône Santé Animale
Chemin du Grand Bois, 69290 Craponne""", "Envoyé avec Teamtailor.", ("Confirmer le créneau", "https://saonesanteanimale.teamtailor.com/interview/confirm/a81f")),
    ),
    dict(
        key="talents_sante_entretien_client",
        lang="fr", company="Laboratoires Bellecour", contact="julien.berthier@talents-sante.example.fr",
        date="2026-06-04 17:10 +0200",
        **{"from": ("Julien Berthier", "julien.berthier@talents-sante.example.fr")},
        subject="Entretien chez notre client Laboratoires Bellecour - jeudi 11 juin",
        parent="talents_sante_inscription",
        text="""Bonjour Rosalind,

Excellente nouvelle : les Laboratoires Bellecour souhaitent vous rencontrer pour le poste d'attachée de recherche clinique junior en santé animale !

Rendez-vous le jeudi 11 juin à 9h30 dans leurs locaux, 27 rue de Gerland, 69007 Lyon. Vous serez reçue par Mme Sophie Lambert, directrice des affaires cliniques, puis par un ARC senior de l'équipe. Comptez environ 1h30.

Quelques conseils : préparez une présentation de deux minutes de votre parcours en français, et n'hésitez pas à évoquer votre expérience des consentements éclairés avec les propriétaires d'animaux.

Appelez-moi si vous avez la moindre question. Je croise les doigts pour vous !

Julien Berthier
Consultant senior - Santé & Sciences de la vie
Talents Santé Lyon
45 rue de la République, 69002 Lyon
06 55 50 18 42
""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        key="marcy_journee_immersion",
        lang="fr", company="Institut de Recherche Vétérinaire de Marcy", contact="helene.favre@irv-marcy.example.fr",
        date="2026-08-25 14:00 +0200",
        **{"from": _HELENE},
        subject="Journée d'immersion - poste de coordinatrice d'essais",
        subject_enc=("iso-8859-1", "b"),
        text="""Chère Madame,

À la suite de l'examen de votre candidature au poste de coordinatrice d'essais cliniques vétérinaires, nous avons le plaisir de vous convier à une journée d'immersion dans notre unité, le mardi 8 septembre 2026, de 9h00 à 16h30.

Au programme : visite des installations, participation à une visite d'inclusion, entretien avec moi-même et avec le responsable qualité, puis un court exercice écrit sur un écart au protocole.

Adresse : IRV de Marcy, 400 route de la Tour, 69480 Marcy-l'Étoile. Une invitation de calendrier est jointe ; merci de l'accepter pour confirmer votre venue.

Bien cordialement,

Dr Hélène Favre
Responsable de l'unité d'essais cliniques
Institut de Recherche Vétérinaire de Marcy
04 78 55 52 60
""",
        charset="iso-8859-1", cte="qp",
        ics={"method": "REQUEST", "uid": "irv-marcy-immersion-20260908@irv-marcy.example.fr", "seq": 0,
                 "start": "2026-09-08 09:00", "end": "2026-09-08 16:30", "tz": "Europe/Paris",
                 "summary": "Journée d'immersion - R. Mbatha-Eriksen",
                 "location": "IRV de Marcy, 400 route de la Tour, Marcy-l'Étoile",
                 "organizer": _HELENE[:2], "mode": "both", "cte": "base64"},
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="neckar_einladung_ics",
        lang="de", company="Neckar Klinische Forschung", contact="jonas.brenner@neckar-kf.example.de",
        date="2026-05-11 10:15 +0200",
        **{"from": _JONAS},
        subject="Einladung zum Vorstellungsgespräch am 20.05.2026",
        subject_enc=("utf-8", "q"),
        text=_NECKAR_INVITE + "\n",
        html=outlook_html(_NECKAR_INVITE, "DE"),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-neckar-vg-rme", "seq": 0,
                 "start": "2026-05-20 09:30", "end": "2026-05-20 10:30", "tz": "Europe/Berlin",
                 "summary": "Vorstellungsgespräch Studienkoordination - Mbatha-Eriksen",
                 "location": "Im Neuenheimer Feld 582, Raum 2.14", "organizer": _JONAS,
                 "attendees": [("Dr. Katharina Vogt", "katharina.vogt@neckar-kf.example.de")],
                 "mode": "alt", "cte": "base64"},
    ),
    dict(
        key="odenwald_personio_einladung",
        lang="de", company="Odenwald Tiergesundheit", contact="lena.wiegand@odenwald-tg.example.de",
        date="2026-09-01 09:00 +0200",
        **{"from": ("Odenwald Tiergesundheit", "noreply@personio.de")},
        reply_to=("Lena Wiegand", "lena.wiegand@odenwald-tg.example.de"),
        subject="Einladung: Gespräch zur Position Clinical Trial Coordinator (m/w/d)",
        subject_enc=("utf-8", "q", "mixed"),
        parent="odenwald_personio_ack",
        text="""Hallo Rosalind,

wir haben uns sehr über Deine Bewerbung gefreut und möchten Dich gern kennenlernen!

Wir laden Dich zu einem Gespräch bei uns vor Ort ein:
Donnerstag, 10. September 2026, 13:00 Uhr
Odenwald Tiergesundheit, Hatschekstraße 12, 69126 Heidelberg-Rohrbach

Du sprichst mit Dr. Markus Eichhorn (Leitung Klinische Entwicklung) und mir. Plane bitte etwa 90 Minuten ein; im Anschluss zeigen wir Dir unsere Versuchstierhaltung.

Passt Dir der Termin? Antworte einfach auf diese E-Mail.

Viele Grüße
Lena Wiegand
People & Culture
""",
        html=ats_card("Odenwald Tiergesundheit", "#2e7d32", """Hallo Rosalind,

wir haben uns sehr über Deine Bewerbung gefreut und möchten Dich gern kennenlernen!

Wir laden Dich zu einem Gespräch bei uns vor Ort ein:
Donnerstag, 10. September 2026, 13:00 Uhr
Odenwald Tiergesundheit, Hatschekstraße 12, 69126 Heidelberg-Rohrbach

Du sprichst mit Dr. Markus Eichhorn (Leitung Klinische Entwicklung) und mir. Plane bitte etwa 90 Minuten ein; im Anschluss zeigen wir Dir unsere Versuchstierhaltung.

Passt Dir der Termin? Antworte einfach auf diese E-Mail.

Viele Grüße
Lena Wiegand
People & Culture""", "Diese Nachricht wurde über Personio versendet."),
    ),
    dict(
        key="studienzentrum_telefoninterview",
        lang="de", company="Studienzentrum Kurpfalz", contact="sabine.kessler@studienzentrum-kurpfalz.example.de",
        date="2026-01-21 14:05 +0100",
        **{"from": _SABINE},
        subject="Telefoninterview Study Coordinator – Terminvorschlag",
        subject_enc=("utf-8", "b"),
        text="""Sehr geehrte Frau Mbatha-Eriksen,

vielen Dank für Ihre Bewerbung. Gern würden wir Sie in einem ersten Telefoninterview näher kennenlernen.

Wir schlagen Dienstag, den 27. Januar 2026, um 15:00 Uhr (MEZ, also 14:00 Uhr britischer Zeit) vor. Das Gespräch dauert ca. 30 Minuten; wir rufen Sie unter der in Ihrem Lebenslauf angegebenen Nummer +44 7700 900 377 an.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Keßler
Personal & Organisation
Studienzentrum Kurpfalz
Bergheimer Straße 147, 69115 Heidelberg
Telefon +49 6221 555 3180
""",
        cte="8bit",
    ),
    dict(
        key="rhein_neckar_kundentermin",
        lang="de", company="Kurpfalz Tierklinik", contact="tobias.hartmann@rn-personal.example.de",
        date="2026-07-08 16:20 +0200",
        **{"from": ("Tobias Hartmann", "tobias.hartmann@rn-personal.example.de")},
        subject="Termin bei der Kurpfalz Tierklinik steht!",
        parent="rhein_neckar_registrierung",
        text="""Hallo Frau Mbatha-Eriksen,

die Kurpfalz Tierklinik in Schwetzingen möchte Sie für die Stelle als Studienkoordinatorin Veterinärmedizin kennenlernen.

Termin: Mittwoch, 15. Juli, 11:00 Uhr
Adresse: Kurpfalz Tierklinik, Mannheimer Straße 210, 68723 Schwetzingen
Gesprächspartner: Dr. Ute Sandhoff (Klinikleitung) und Herr Kaya (Studienleiter)

Das Gespräch wird überwiegend auf Deutsch geführt, Fachbegriffe gern auf Englisch. Ich empfehle Ihnen, Ihre Erfahrung mit der Arthrose-Studie in Norwich konkret zu schildern - genau so etwas suchen sie.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt, dann bestätige ich ihn beim Kunden.

Viele Grüße
Tobias Hartmann
Senior Personalberater Life Sciences
Rhein-Neckar Personal GmbH | N7, 13 | 68161 Mannheim
Mobil +49 171 5550 2291
""",
        cte="qp",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="montjuic_invitacion",
        lang="es", company="Investigación Clínica Montjuïc", contact="irene.soler@icmontjuic.example.es",
        date="2026-06-15 12:30 +0200",
        **{"from": _IRENE},
        subject="Entrevista para el puesto de Coordinador/a de Ensayos Clínicos",
        subject_enc=("utf-8", "b"),
        parent="montjuic_ack",
        text="""Hola Rosalind:

Gracias por tu candidatura al puesto de Coordinador/a de Ensayos Clínicos. Nos ha gustado mucho tu perfil y queremos conocerte.

Te proponemos una entrevista el martes 23 de junio a las 11:00 en nuestras oficinas (Carrer de Lleida, 35, 08004 Barcelona). Si te resulta más cómodo, podemos hacerla por Google Meet. Estarán Jordi Camps, responsable de operaciones clínicas, y yo.

La entrevista será en inglés y en castellano. ¿Nos confirmas si te va bien?

Un saludo,

Irene Soler
Técnica de Selección
Investigación Clínica Montjuïc S.L.
Carrer de Lleida, 35 - 08004 Barcelona
+34 932 555 418
""",
        cte="qp",
    ),
    dict(
        key="besos_tribunal_ics",
        lang="es", company="Hospital Universitari del Besòs", contact="montserrat.vidal@hubesos.example.es",
        date="2026-02-10 11:00 +0100",
        **{"from": _MONTSE},
        subject="Convocatoria a entrevista - Coordinador/a de Ensayos Clínicos (ref. HUB-IC-0142)",
        subject_enc=("iso-8859-1", "q", "mixed"),
        text="""Estimada Sra. Mbatha-Eriksen:

Nos complace comunicarle que ha superado la fase de valoración curricular del proceso HUB-IC-0142. Le convocamos a una entrevista con el tribunal de selección:

Fecha: jueves, 19 de febrero de 2026
Hora: 10:00
Lugar: Unidad de Ensayos Clínicos, Edificio B, planta 3, Hospital Universitari del Besòs (Rambla de Prim, 300, Barcelona)

Adjuntamos la convocatoria en formato de calendario. Le rogamos que confirme su asistencia respondiendo a este correo y que traiga su DNI o pasaporte.

Atentamente,

Dra. Montserrat Vidal
Jefa de la Unidad de Ensayos Clínicos
Hospital Universitari del Besòs
Tel. +34 933 555 207
""",
        charset="iso-8859-1", cte="qp",
        ics={"method": "REQUEST", "uid": "hubesos-tribunal-0142-rme@hubesos.example.es", "seq": 0,
                 "start": "2026-02-19 10:00", "end": "2026-02-19 10:45", "tz": "Europe/Madrid",
                 "summary": "Entrevista tribunal HUB-IC-0142 - Mbatha-Eriksen",
                 "location": "Unidad de Ensayos Clínicos, Edificio B, planta 3",
                 "organizer": _MONTSE, "mode": "attach", "filename": "convocatoria.ics"},
    ),
    dict(
        key="talento_bio_cliente_vallcarca",
        lang="es", company="Laboratorios Vallcarca", contact="nuria.castells@talentobio.example.es",
        date="2026-05-27 13:15 +0200",
        **{"from": ("Núria Castells", "nuria.castells@talentobio.example.es", "iso-8859-1", "q")},
        subject="Entrevista con Laboratorios Vallcarca",
        parent="talento_bio_registro",
        text="""¡Hola Rosalind!

Laboratorios Vallcarca quiere entrevistarte para el puesto de Técnica de Estudios Clínicos Veterinarios. Te he reservado el miércoles 3 de junio a las 16:00 en sus instalaciones de Sant Just Desvern (Carrer de la Creu, 12).

Te recibirán la directora médica, la Dra. Pilar Roig, y alguien de calidad. Es una entrevista de una hora, bastante técnica: repasa las guías VICH de buenas prácticas clínicas y prepárate para hablar de farmacovigilancia.

Confírmame cuando puedas y te mando las indicaciones para llegar.

Un abrazo,

Núria Castells
Consultora Life Sciences
Talento Bio Barcelona
+34 655 500 812
""",
        cte="base64",
    ),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ English
    dict(
        key="wensum_panel_moved",
        lang="en", company="Wensum Clinical Research", contact="hannah.crisp@wensumclinical.example.co.uk",
        date="2026-09-09 12:30 +0100",
        **{"from": _HANNAH},
        subject="Updated invitation: Panel interview - CRC (Oncology) @ Thu 17 Sep 2026 14:00 - 15:15 (BST)",
        parent="wensum_panel_invite",
        text=_WENSUM_MOVED,
        html=outlook_html(_WENSUM_MOVED),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-wensum-crc-panel", "seq": 1,
                 "start": "2026-09-17 14:00", "end": "2026-09-17 15:15",
                 "summary": "Panel interview - CRC (Oncology) - Rosalind Mbatha-Eriksen",
                 "location": "Wensum Clinical Research, 21 Whitefriars, Norwich - Room 2B",
                 "organizer": _HANNAH,
                 "attendees": [("Dr Imran Qureshi", "imran.qureshi@wensumclinical.example.co.uk"),
                            ("Lorna Fairweather", "lorna.fairweather@wensumclinical.example.co.uk")],
                 "mode": "alt", "cte": "base64"},
    ),
    dict(
        key="thamesbridge_new_time_confirmed",
        lang="en", company="Thamesbridge Clinical", contact="sunita.rao@thamesbridge.example.co.uk",
        date="2026-04-07 09:05 +0100",
        **{"from": _SUNITA},
        subject="Re: CRC role - fancy a chat?",
        parent="sent_thamesbridge_reschedule_request",
        text=reply(
            """Morning Rosalind,

No problem at all - shifts are shifts! Let's move it to Friday 10th at 1:30pm instead. Dr Okafor can do that too.

Here's the new video link: https://meet.example.com/thamesbridge/crc-rme-1004

See you Friday,
Sunita
""",
            "en", "2026-04-06 19:40", CAND_NAME, CAND_ADDR,
            """Hi Sunita,

Thank you so much - I'd love to talk. Unfortunately I'm on a long day at the practice this Thursday and can't get away. Would Friday 10th work instead? I'm free all afternoon.

Best wishes,
Rosalind""",
        ),
    ),
    dict(
        key="bishopsgate_interviewer_ill_cancel",
        lang="en", company="Bishopsgate Trials Unit", contact="priya.venkatesh@bishopsgate-tu.example.ac.uk",
        date="2026-07-01 07:48 +0100",
        **{"from": _PRIYA},
        subject="Cancelled: Interview: Trial Coordinator (Infection) - Thursday 2 July",
        parent="bishopsgate_panel_ics_attached",
        text="""Dear Rosalind,

I'm sorry to let you know at such short notice that tomorrow's interview has to be cancelled. Professor Hardcastle is unwell and we cannot hold the panel without him.

Please be assured this is not a decision about your application - you remain very much in the process. I will be in touch early next week with some alternative dates, and we will reimburse any non-refundable travel you have already booked.

With apologies,

Priya Venkatesh
Unit Administrator
Bishopsgate Trials Unit
90 Old Broad Street, London EC2N 1HT
Tel: 020 7946 0291
""",
        ics={"method": "CANCEL", "uid": "bishopsgate-tc-inf-20260702-rme@bishopsgate-tu.example.ac.uk",
                 "seq": 1, "start": "2026-07-02 10:30", "end": "2026-07-02 11:30",
                 "summary": "Interview: Trial Coordinator (Infection) - R. Mbatha-Eriksen",
                 "location": "BTU 5th floor meeting room, 90 Old Broad Street",
                 "organizer": _PRIYA, "mode": "both", "cte": "7bit",
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    ),
    dict(
        key="meridian_assessment_moved",
        lang="en", company="Meridian Animal Health", contact="grace.whitlock@meridian-ah.example.co.uk",
        date="2026-04-28 15:20 +0100",
        **{"from": _GRACE},
        subject="Change of date: Meridian Assessment Centre now Wednesday 13 May",
        parent="meridian_assessment_centre",
        html=outlook_html("""Dear Rosalind,

Thank you for confirming your place at our Assessment Centre.

Unfortunately, essential fire-safety works have been scheduled in our Harbour Exchange building for the week of 4 May, so we have had to move the Assessment Centre by one week. It will now take place on Wednesday 13 May 2026, with the same timings (09:00 - 15:30) and the same programme as in the agenda we sent.

Could you let me know by Friday whether you can attend on the new date? If not, we will do our best to arrange an individual session.

We apologise for the inconvenience.

Kind regards,

Grace Whitlock
Early Careers & Talent Coordinator
Meridian Animal Health UK
9 Harbour Exchange Square, London E14 9GE
+44 20 7946 0377"""),
    ),
    dict(
        key="cam_valley_taleo_slot_cancelled",
        lang="en", company="Cam Valley Hospitals NHS Foundation Trust", contact="",
        date="2026-02-06 16:10 +0000",
        **{"from": ("Cam Valley Hospitals Recruitment", "no-reply@taleo.net")},
        subject="Interview booking cancelled - Research Practitioner (Band 5), ref 417-RP-0226",
        parent="cam_valley_taleo_interview",
        text="""Dear Rosalind Mbatha-Eriksen,

Vacancy: Research Practitioner (Band 5), Clinical Research Facility
Reference: 417-RP-0226

Your interview booking for Wednesday 11 February 2026 at 13:30 has been cancelled by the recruiting manager because the interview date has changed.

You do not need to do anything at this stage. You will shortly receive a new invitation to book a slot on the revised date. Your application remains active.

Recruitment Services
Cam Valley Hospitals NHS Foundation Trust

This is an automated message from an unmonitored mailbox. Please do not reply.
""",
    ),
    dict(
        key="harbour_client_moved",
        lang="en", company="Lambeth Clinical Pharmacology Unit", contact="marcus.delaney@harbourclinical.example.co.uk",
        date="2026-07-16 10:02 +0100",
        **{"from": _MARCUS},
        subject="RE: Interview confirmed - Lambeth Clinical Pharmacology Unit, Tue 21 July",
        parent="harbour_agency_client_interview",
        text="""Hi Rosalind,

Quick one - LCPU have a dosing day that's been brought forward to Tuesday, so Bev can't be there. They've asked to move your interview to Thursday 23 July at 10:00, same place and same format.

Can you do that? If Thursday's tricky let me know and I'll push back for Friday.

Marcus

Marcus Delaney
Principal Consultant - Clinical Research
Harbour Clinical Talent
T 020 7946 0668 | M 07700 900 561
""",
    ),
    dict(
        key="yare_trial_day_postponed",
        lang="en", company="Yare Animal Health", contact="pete.sallis@yareanimalhealth.example.co.uk",
        date="2026-07-07 08:15 +0100",
        **{"from": _PETE},
        subject="Re: Trial day - Friday 10th July",
        parent="yare_trial_day",
        text="""Morning Rosalind,

Change of plan I'm afraid - we've had notice of a VMD inspection on the 10th, so the study team will have their hands full. Can we push your trial day back a week to Friday 17th? Same times.

Sorry for the faff.

Pete
""",
    ),
    dict(
        key="cringleford_moved_outlook",
        lang="en", company="Cringleford Clinical Trials Facility", contact="ruth.gowing@cringlefordctf.example.co.uk",
        date="2026-03-04 13:10 +0000",
        **{"from": _RUTH},
        subject="RE: Research practitioner post - chat?",
        parent="cringleford_free_thursday",
        text=outlook(
            """Hi Rosalind,

Thanks for getting back to me so quickly. Annoyingly our Thursday clinic has been doubled up so I won't get a break at 12:30 after all. Could we do Friday 6th at 12:30 instead? Same deal, phone call, I'll ring your mobile.

Ruth

Dr Ruth Gowing RN PhD
Lead Research Nurse
Cringleford Clinical Trials Facility
Newmarket Road, Cringleford, Norwich NR4 6UE
01603 555 731

This email is confidential and intended for the addressee only. If received in error please delete and notify the sender.""",
            "en", "03 March 2026 21:02", "Dr Ruth Gowing <ruth.gowing@cringlefordctf.example.co.uk>",
            f"{CAND_NAME} <{CAND_ADDR}>", "Research practitioner post - chat?", _CRINGLEFORD_FIRST,
        ),
        html=outlook_html(outlook(
            """Hi Rosalind,

Thanks for getting back to me so quickly. Annoyingly our Thursday clinic has been doubled up so I won't get a break at 12:30 after all. Could we do Friday 6th at 12:30 instead? Same deal, phone call, I'll ring your mobile.

Ruth

Dr Ruth Gowing RN PhD
Lead Research Nurse
Cringleford Clinical Trials Facility
Newmarket Road, Cringleford, Norwich NR4 6UE
01603 555 731

This email is confidential and intended for the addressee only. If received in error please delete and notify the sender.""",
            "en", "03 March 2026 21:02", "Dr Ruth Gowing <ruth.gowing@cringlefordctf.example.co.uk>",
            f"{CAND_NAME} <{CAND_ADDR}>", "Research practitioner post - chat?", _CRINGLEFORD_FIRST,
        )),
    ),
    dict(
        key="helixmoor_ashby_rescheduled",
        lang="en", company="Helixmoor Bio", contact="",
        date="2026-07-06 09:30 +0100",
        **{"from": ("Helixmoor Bio", "no-reply@ashbyhq.com")},
        subject="Your interview with Helixmoor Bio has been rescheduled",
        parent="helixmoor_ashby_invite",
        text="""Hi Rosalind,

Your interview with Helixmoor Bio has been rescheduled.

Previous time: Wednesday, July 8, 2026, 11:00 - 11:45 BST
New time: Friday, July 10, 2026, 15:00 - 15:45 BST
Interviewers: Dr Ffion Rees, Matt Coulson
Location: Google Meet (link in the calendar invitation)

An updated calendar invitation is attached. If the new time doesn't work, you can request a different one here:
https://app.ashbyhq.com/interview-scheduling/helixmoor/9b01e7c2/change

Helixmoor Bio Talent
""",
        ics={"method": "REQUEST", "uid": "ashby-helixmoor-9b01e7c2@ashbyhq.com", "seq": 1,
                 "start": "2026-07-10 15:00", "end": "2026-07-10 15:45",
                 "summary": "Helixmoor Bio - Clinical Operations screen (Rosalind Mbatha-Eriksen)",
                 "location": "Google Meet", "organizer": ("Helixmoor Bio", "no-reply@ashbyhq.com"),
                 "mode": "alt", "cte": "7bit", "prodid": "-//Ashby//Interview Scheduling//EN"},
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="confluence_entretien_reprogramme",
        lang="fr", company="Confluence Recherche Clinique", contact="elodie.marchand@confluence-rc.example.fr",
        date="2026-04-22 09:15 +0200",
        **{"from": _ELODIE},
        subject="RE: Mon entretien de ce matin",
        parent="sent_confluence_excuses",
        text=reply(
            """Bonjour Rosalind,

Merci pour votre message et vos explications, ce sont des choses qui arrivent avec les fuseaux horaires !

Le Dr Giraud a pu se libérer : nous reprogrammons l'entretien au vendredi 24 avril à 14h00, heure de Paris (13h00 chez vous). Le lien Teams reste le même et l'invitation a été mise à jour.

À vendredi,

Élodie Marchand
Chargée de recrutement
Confluence Recherche Clinique
""",
            "fr", "2026-04-21 11:50", CAND_NAME, CAND_ADDR,
            """Bonjour Élodie,

Je suis vraiment désolée pour ce matin : j'avais noté 10h à l'heure anglaise au lieu de l'heure de Paris et je me suis connectée avec une heure de retard. Serait-il possible de convenir d'un autre créneau ?

Bien cordialement,
Rosalind Mbatha-Eriksen""",
        ),
        cte="qp",
        ics={"method": "REQUEST", "uid": "confluence-rc-entretien-rme-0421", "seq": 1,
                 "start": "2026-04-24 14:00", "end": "2026-04-24 15:00", "tz": "Europe/Paris",
                 "summary": "Entretien - Coordinatrice d'études cliniques - R. Mbatha-Eriksen",
                 "location": "Réunion Microsoft Teams", "organizer": _ELODIE[:2],
                 "attendees": [("Antoine Giraud", "antoine.giraud@confluence-rc.example.fr")],
                 "mode": "alt", "cte": "qp"},
    ),
    dict(
        key="marcy_annulation",
        lang="fr", company="Institut de Recherche Vétérinaire de Marcy", contact="helene.favre@irv-marcy.example.fr",
        date="2026-09-01 08:30 +0200",
        **{"from": _HELENE},
        subject="Annulé : Journée d'immersion - R. Mbatha-Eriksen",
        subject_enc=("utf-8", "q"),
        parent="marcy_journee_immersion",
        text="""Chère Madame,

Je suis au regret de devoir annuler la journée d'immersion prévue le mardi 8 septembre. Un audit inopiné de notre animalerie a été programmé à cette date et l'ensemble de l'équipe sera mobilisé.

Votre candidature reste bien entendu d'actualité : je reviendrai vers vous d'ici une dizaine de jours avec une nouvelle date.

Avec toutes mes excuses pour ce contretemps,

Dr Hélène Favre
Responsable de l'unité d'essais cliniques
Institut de Recherche Vétérinaire de Marcy
""",
        charset="iso-8859-1", cte="8bit",
        ics={"method": "CANCEL", "uid": "irv-marcy-immersion-20260908@irv-marcy.example.fr", "seq": 1,
                 "start": "2026-09-08 09:00", "end": "2026-09-08 16:30", "tz": "Europe/Paris",
                 "summary": "Annulé : Journée d'immersion - R. Mbatha-Eriksen",
                 "location": "IRV de Marcy, 400 route de la Tour, Marcy-l'Étoile",
                 "organizer": _HELENE[:2], "mode": "alt", "cte": "base64"},
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="neckar_absage_krank",
        lang="de", company="Neckar Klinische Forschung", contact="jonas.brenner@neckar-kf.example.de",
        date="2026-05-18 17:45 +0200",
        **{"from": _JONAS},
        subject="Abgesagt: Vorstellungsgespräch Studienkoordination - Mbatha-Eriksen",
        subject_enc=("utf-8", "b", "mixed"),
        parent="neckar_einladung_ics",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

leider muss ich unser Gespräch am Mittwoch, 20.05., absagen: Frau Dr. Vogt ist kurzfristig erkrankt.

Das Gespräch soll selbstverständlich nachgeholt werden - Ihre Bewerbung bleibt im Verfahren. Ich schlage Ihnen morgen einen neuen Termin vor. Falls Sie bereits eine Anreise gebucht haben, übernehmen wir die Stornokosten.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Jonas Brenner
Personalreferent
Neckar Klinische Forschung GmbH
""",
        cte="qp",
        ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-neckar-vg-rme", "seq": 1,
                 "start": "2026-05-20 09:30", "end": "2026-05-20 10:30", "tz": "Europe/Berlin",
                 "summary": "Abgesagt: Vorstellungsgespräch Studienkoordination - Mbatha-Eriksen",
                 "location": "Im Neuenheimer Feld 582, Raum 2.14", "organizer": _JONAS,
                 "mode": "alt", "cte": "base64"},
    ),
    dict(
        key="neckar_neuer_termin",
        lang="de", company="Neckar Klinische Forschung", contact="jonas.brenner@neckar-kf.example.de",
        date="2026-05-19 11:30 +0200",
        **{"from": _JONAS},
        subject="Neuer Termin: Vorstellungsgespräch am 27.05.2026",
        subject_enc=("iso-8859-1", "q"),
        parent="neckar_absage_krank",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

wie angekündigt hier der Ersatztermin für Ihr Vorstellungsgespräch: Mittwoch, 27. Mai 2026, 10:00 bis 11:00 Uhr, gleicher Ort (Im Neuenheimer Feld 582, Raum 2.14). Frau Dr. Vogt ist wieder wohlauf.

Die aktualisierte Einladung finden Sie im Anhang. Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen
Jonas Brenner
Personalreferent
Neckar Klinische Forschung GmbH
""",
        cte="8bit",
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-neckar-vg-rme", "seq": 2,
                 "start": "2026-05-27 10:00", "end": "2026-05-27 11:00", "tz": "Europe/Berlin",
                 "summary": "Vorstellungsgespräch Studienkoordination - Mbatha-Eriksen",
                 "location": "Im Neuenheimer Feld 582, Raum 2.14", "organizer": _JONAS,
                 "attendees": [("Dr. Katharina Vogt", "katharina.vogt@neckar-kf.example.de")],
                 "mode": "alt", "cte": "base64"},
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="montjuic_cambio_hora",
        lang="es", company="Investigación Clínica Montjuïc", contact="irene.soler@icmontjuic.example.es",
        date="2026-06-19 10:05 +0200",
        **{"from": _IRENE},
        subject="Cambio de hora - entrevista del martes 23",
        text="""Hola de nuevo, Rosalind:

Te escribo porque Jordi tiene una visita de monitorización que se ha alargado y no podrá estar a las 11:00 el martes. ¿Podemos pasar la entrevista a las 16:30 del mismo día, martes 23 de junio? El lugar no cambia.

Disculpa el cambio y dime si te encaja.

Un saludo,
Irene Soler
Técnica de Selección - Investigación Clínica Montjuïc
""",
        html=gmail_html("""Hola de nuevo, Rosalind:

Te escribo porque Jordi tiene una visita de monitorización que se ha alargado y no podrá estar a las 11:00 el martes. ¿Podemos pasar la entrevista a las 16:30 del mismo día, martes 23 de junio? El lugar no cambia.

Disculpa el cambio y dime si te encaja.

Un saludo,
Irene Soler
Técnica de Selección - Investigación Clínica Montjuïc"""),
        parent="montjuic_invitacion",
    ),
    dict(
        key="besos_entrevista_aplazada",
        lang="es", company="Hospital Universitari del Besòs", contact="montserrat.vidal@hubesos.example.es",
        date="2026-02-16 09:50 +0100",
        **{"from": _MONTSE},
        subject="Aplazamiento de la entrevista HUB-IC-0142",
        parent="besos_tribunal_ics",
        text="""Estimada Sra. Mbatha-Eriksen:

Por coincidir con la auditoría anual de la Unidad, el tribunal ha tenido que aplazar las entrevistas previstas para el jueves 19 de febrero. Su entrevista queda fijada para el jueves 26 de febrero de 2026 a las 10:00, en el mismo lugar.

Le adjuntamos la convocatoria actualizada. Le rogamos disculpe las molestias.

Atentamente,

Dra. Montserrat Vidal
Jefa de la Unidad de Ensayos Clínicos
Hospital Universitari del Besòs
""",
        charset="iso-8859-1", cte="base64",
        ics={"method": "REQUEST", "uid": "hubesos-tribunal-0142-rme@hubesos.example.es", "seq": 1,
                 "start": "2026-02-26 10:00", "end": "2026-02-26 10:45", "tz": "Europe/Madrid",
                 "summary": "Entrevista tribunal HUB-IC-0142 - Mbatha-Eriksen (nueva fecha)",
                 "location": "Unidad de Ensayos Clínicos, Edificio B, planta 3",
                 "organizer": _MONTSE, "mode": "attach", "filename": "convocatoria_actualizada.ics"},
    ),
]

MISSED = [
    # ------------------------------------------------------------------ English
    dict(
        key="rijnstad_waited_on_teams",
        lang="en", company="Rijnstad Clinical Research", contact="maartje.devries@rijnstad.example.nl",
        date="2026-03-24 14:25 +0100",
        **{"from": ("Maartje de Vries", "maartje.devries@rijnstad.example.nl")},
        subject="Our interview today at 14:00 CET",
        parent="rijnstad_greenhouse_schedule",
        text="""Hi Rosalind,

Sander and I waited on Teams for about 20 minutes from 14:00 CET this afternoon, but you did not join and we could not reach you.

I hope everything is alright. If something came up, please let me know what happened.

Best regards,
Maartje de Vries
Talent Acquisition Partner | Rijnstad Clinical Research
+31 71 555 0942
""",
    ),
    dict(
        key="orwell_tried_calling_twice",
        lang="en", company="Orwell Research Services", contact="graham.lockwood@orwellresearch.example.co.uk",
        date="2026-05-19 10:20 +0100",
        **{"from": _GRAHAM},
        subject="Telephone interview this morning",
        parent="orwell_phone_interview",
        text="""Dear Rosalind,

Sophie and I tried calling you twice at 10:00 on 07700 900 377 as arranged, but there was no answer and the second call went straight to voicemail. I left a short message.

Could you let me know if there is a different number we should use?

Regards,
Graham Lockwood
Operations Manager, Orwell Research Services
Tel 01473 555 640
""",
        charset="windows-1252", cte="7bit",
    ),
    dict(
        key="deben_no_show_video",
        lang="en", company="Deben Animal Health", contact="harriet.ling@debenanimalhealth.example.co.uk",
        date="2026-10-20 11:35 +0100",
        **{"from": _HARRIET},
        subject="Today's interview - did we miss you?",
        parent="deben_long_chain_video",
        text="""Hi Rosalind,

Neil and I were on the Teams call from 11:00 until about 11:25 but we didn't see you join. I also tried your mobile, no luck.

I hope nothing's wrong. Drop me a line when you can and let me know what happened.

Harriet

Harriet Ling
HR Business Partner, Deben Animal Health
01473 555 913
""",
        html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Rosalind,</p>
<p>Neil and I were on the Teams call from 11:00 until about 11:25 but we didn't see you join. I also tried your mobile, no luck.</p>
<p>I hope nothing's wrong. Drop me a line when you can and let me know what happened.</p>
<p>Harriet</p>
<p style="color:#555555;font-size:9pt"><b>Harriet Ling</b><br>HR Business Partner, Deben Animal Health<br>01473 555 913</p>
</div>
""",
    ),
    dict(
        key="anglia_client_stour_waited",
        lang="en", company="Stour Valley Trials", contact="declan.howlett@anglials.example.co.uk",
        date="2026-09-23 15:10 +0100",
        **{"from": _DECLAN},
        subject="Stour Valley - were you there?",
        text="""Hi Rosalind,

I've just had Stour Valley Trials on the phone - they waited in reception for you for the 2pm interview and you didn't arrive. I've tried ringing you a couple of times too.

Are you OK? If something's happened let me know and I'll explain to them; they're reasonable people.

Declan

Declan Howlett
Senior Consultant, Clinical Operations
Anglia Life Sciences Recruitment
m: 07700 900 418
""",
    ),
    dict(
        key="kingfisher_recruiter_unreachable",
        lang="en", company="Kingfisher Contract Research", contact="dale.okoro@kingfishercr.example.co.uk",
        date="2026-03-20 11:40 +0000",
        **{"from": ("Dale Okoro", "dale.okoro@kingfishercr.example.co.uk")},
        subject="Missed screening call - In-House CRA Trainee",
        parent="kingfisher_icims_ack",
        text="""Hi Rosalind,

I called at 11:00 for our scheduled screening call but couldn't get through - it rang out and went to voicemail, so I left a message.

Could you check the number we have for you? I'm holding the afternoon open if you'd like to call me back on 020 7946 0733.

Thanks,
Dale

Dale Okoro
Talent Acquisition Specialist
Kingfisher Contract Research, 1 Canada Square, London E14 5AB
""",
        html=gmail_html("""Hi Rosalind,

I called at 11:00 for our scheduled screening call but couldn't get through - it rang out and went to voicemail, so I left a message.

Could you check the number we have for you? I'm holding the afternoon open if you'd like to call me back on 020 7946 0733.

Thanks,
Dale

Dale Okoro
Talent Acquisition Specialist
Kingfisher Contract Research, 1 Canada Square, London E14 5AB"""),
    ),
    dict(
        key="petrie_workable_no_show",
        lang="en", company="Petrie Health Data", contact="orla.kinsella@petriehealth.example.co.uk",
        date="2026-10-08 14:47 +0100",
        **{"from": ("Orla Kinsella via Workable", "noreply@candidates.workablemail.com")},
        reply_to=("Orla Kinsella", "orla.kinsella@petriehealth.example.co.uk"),
        subject="We missed you at today's interview",
        parent="petrie_workable_ack",
        text="""Hi Rosalind,

We had you down for a video interview for the Clinical Data Coordinator role at 14:00 today, but it seems you weren't able to join - we stayed on the call until 14:20.

If you're still interested in the role, just reply to this email and let us know.

Thanks,
Orla Kinsella
Head of Operations, Petrie Health Data
""",
        html=ats_card("Petrie Health Data", "#6a4c93", """Hi Rosalind,

We had you down for a video interview for the Clinical Data Coordinator role at 14:00 today, but it seems you weren't able to join - we stayed on the call until 14:20.

If you're still interested in the role, just reply to this email and let us know.

Thanks,
Orla Kinsella
Head of Operations, Petrie Health Data""", "Sent via Workable."),
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="confluence_attendue_teams",
        lang="fr", company="Confluence Recherche Clinique", contact="elodie.marchand@confluence-rc.example.fr",
        date="2026-04-21 10:32 +0200",
        **{"from": _ELODIE},
        subject="Entretien de ce matin",
        parent="confluence_entretien_teams",
        text="""Bonjour Rosalind,

Le Dr Giraud et moi-même vous avons attendue sur Teams ce matin de 10h00 à 10h25, sans vous voir vous connecter. Je vous ai également laissé un message sur votre portable.

J'espère que tout va bien de votre côté. Pouvez-vous me dire ce qui s'est passé ?

Bien cordialement,
Élodie Marchand
Confluence Recherche Clinique
""",
        cte="qp",
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="bergstrasse_nicht_erschienen",
        lang="de", company="Bergstraße Biologics", contact="florian.metz@bergstrasse-bio.example.de",
        date="2026-04-15 11:05 +0200",
        **{"from": ("Dr. Florian Metz", "florian.metz@bergstrasse-bio.example.de")},
        subject="Unser Termin heute um 10:00 Uhr",
        subject_enc=None,
        parent="bergstrasse_softgarden_ack",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch in Weinheim erwartet. Leider sind Sie nicht erschienen, und wir haben auch keine Nachricht von Ihnen erhalten.

Sollte etwas dazwischengekommen sein, melden Sie sich bitte kurz bei mir.

Mit freundlichen Grüßen
Dr. Florian Metz
Leiter Klinische Studien
Bergstraße Biologics GmbH
Hauptstraße 88, 69469 Weinheim
""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        key="studienzentrum_telefon_nicht_erreicht",
        lang="de", company="Studienzentrum Kurpfalz", contact="sabine.kessler@studienzentrum-kurpfalz.example.de",
        date="2026-01-27 15:20 +0100",
        **{"from": _SABINE},
        subject="Telefoninterview heute 15 Uhr - nicht erreicht",
        parent="studienzentrum_telefoninterview",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

wir haben heute um 15:00 Uhr zweimal versucht, Sie unter +44 7700 900 377 anzurufen, konnten Sie aber leider nicht erreichen. Eine Mailbox war nicht eingerichtet.

Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Sabine Keßler
Personal & Organisation, Studienzentrum Kurpfalz
""",
        cte="base64",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="tibidabo_no_se_conecto",
        lang="es", company="Ensayos Clínicos Tibidabo", contact="laia.ferrer@tibidabo-ensayos.example.es",
        date="2026-09-24 12:25 +0200",
        **{"from": ("Laia Ferrer", "laia.ferrer@tibidabo-ensayos.example.es")},
        subject="Videollamada de hoy a las 12:00",
        parent="tibidabo_recruitee_ack",
        text="""Hola Rosalind:

Te hemos esperado en Google Meet desde las 12:00 hasta las 12:20, pero no te has conectado. También te he escrito por WhatsApp.

¿Ha pasado algo? Escríbeme cuando puedas.

Un saludo,
Laia Ferrer
People & Talent - Ensayos Clínicos Tibidabo
""",
        cte="qp",
    ),
]
