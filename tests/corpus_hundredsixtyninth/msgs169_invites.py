"""Corpus 169: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written. Each message writes its own words."""

from __future__ import annotations

from msgs169_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    esc,
    html_quote,
    mso,
    outlook_block,
    outlook_html,
    page,
    paras,
    reply_quote,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
MESSAGES: list[dict] = []
add = MESSAGES.append

GEMMA = ("Gemma Rowley", "gemma.rowley@brindleyhart.example.co.uk")
KAREN = ("Karen Whitlock", "karen.whitlock@ardenvalleynhs.example.org.uk")
PRIYA = ("Priya Natarajan", "priya.natarajan@larkspurhome.example.co.uk")
SANNE = ("Sanne de Wit", "sanne.dewit@havenlicht.example.nl")
LAUREN = ("Lauren Baptiste", "lauren@meridiantalent.example.co.uk")
MARTIN = ("Martin Oduya", "martin.oduya@trentside.example.gov.uk")

GEMMA_SIG = """Gemma Rowley
Talent Partner | Brindley & Hart
40 Colmore Circus, Birmingham B4 6AT
M: 07700 900 271"""

# ================================================================ invitations: English (15)

_t = f"""Hi Siobhan,

Thank you for applying for the HR Advisor role at Brindley & Hart. I've had a read of your application and I'd love to set up a 20-minute phone call to hear more about your experience running the Fairway store in the Bullring and what's drawing you towards HR.

Could you let me know a couple of times that suit you on Thursday 12 or Friday 13 February? I'll call you on the mobile number on your application.

Speak soon,
Gemma

{GEMMA_SIG}
"""
add(M(INV, "workday_recruiter_phone_screen", company="Brindley & Hart",
      contact=GEMMA[1], lang="en",
      frm=("Gemma Rowley (via Workday)", "brindleyhart@myworkday.com"), reply_to=GEMMA,
      subject="HR Advisor (R-10382) - quick call?", date="2026-02-10 09:20", id="bh_phone",
      text=_t, html=ats_card("Brindley & Hart", paras(_t),
                             "This message was sent through Workday on behalf of Gemma Rowley.",
                             accent="#0b3d5c")))

_t = """Hi Siobhan,

Thanks again for your time on the phone on Friday - it was a really good conversation.

I'm pleased to invite you to the next stage: a panel interview on Tuesday 3 March at 10:00 at our head office, 40 Colmore Circus (ask for me at the 4th floor reception). The panel will be me, Neil Ashworth (Head of HR Operations) and Tasha Bell (Store Operations Director).

It will last about 45 minutes: competency-based questions, then a short employee-relations scenario that we'll hand you 15 minutes beforehand to read. No presentation needed.

I've sent a calendar invitation with this email - please accept it so I know the time works, or reply and we'll find another slot.

Best wishes,
Gemma
"""
add(M(INV, "panel_with_calendar_request", company="Brindley & Hart", contact=GEMMA[1],
      lang="en", frm=GEMMA, subject="Invitation: Panel interview - HR Advisor @ Tue 3 Mar 2026 10:00",
      date="2026-02-18 14:05", id="bh_panel", parent="bh_thanks",
      text=_t + "\n" + GEMMA_SIG + "\n",
      html=outlook_html(mso(_t + "\n" + GEMMA_SIG)),
      ics={"method": "REQUEST", "uid": "bh-panel-hra-r10382@brindleyhart.example.co.uk",
           "seq": 0, "start": "2026-03-03 10:00", "minutes": 45,
           "summary": "Panel interview - HR Advisor (Siobhan Adeyemi-Castro)",
           "location": "Brindley & Hart head office, 40 Colmore Circus, Birmingham, 4th floor",
           "description": "Panel: Gemma Rowley, Neil Ashworth, Tasha Bell. ER scenario handed out 15 minutes before."},
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

_t = """Dear Siobhan,

Congratulations - we are delighted to invite you to our assessment day for the HR Assistant role.

Date: Thursday 12 February 2026
Time: 09:30 to 15:00 (lunch provided)
Location: Soar Valley Foods, Unit 4, Magna Park Way, Wigston, Leicester LE18 4XX

The day includes a group exercise, an absence-management role play and a 30-minute interview with two members of the HR team. Please bring photo ID for site security. There is visitor parking at the front of the building.

Please confirm that you can attend using the button below by Monday 2 February.

Kind regards,
Soar Valley Foods Recruitment
"""
add(M(INV, "smartrecruiters_assessment_day", company="Soar Valley Foods", contact="",
      lang="en", frm=("Soar Valley Foods", "noreply@smartrecruiters.com"),
      subject="Invitation to assessment day - HR Assistant", date="2026-01-27 10:40",
      tz="utc", id="soar_ac",
      text=_t + "\nConfirm attendance: https://jobs.smartrecruiters.com/SoarValleyFoods/confirm/7741029\n",
      html=ats_card("Soar Valley Foods", paras(_t),
                    "You are receiving this email because you applied for a job at Soar Valley Foods via SmartRecruiters.",
                    accent="#b45309",
                    button=("Confirm attendance",
                            "https://jobs.smartrecruiters.com/SoarValleyFoods/confirm/7741029")),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hi Siobhan,

Thanks for your patience while we reviewed applications for the People Advisor role. Amira Khan (Head of People) and I would love to meet you for a 45-minute video interview.

Please use the link below to pick a time that works for you over the next two weeks:

https://app.greenhouse.io/scheduling/larkspurhome/guide/8802713?token=hc7Q2x

You'll receive a calendar invitation with the video link as soon as you've picked a slot. If none of the times work, just reply to this email.

Best,
Priya
"""
add(M(INV, "greenhouse_pick_a_slot", company="Larkspur Home", contact=PRIYA[1], lang="en",
      frm=("Priya Natarajan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=PRIYA, subject="Interview with Larkspur Home - please choose a time",
      date="2026-04-20 16:02", id="lark_link",
      text=_t, html=page(paras(_t)), cte="base64"))

_q = """Dear Dan,

I'm a retail store manager in Birmingham (eight years, currently running a 60-strong team) and I'm moving into HR generalist work. I've attached my CV and would really welcome the chance to talk about any generalist roles Peoplecraft is recruiting for, either in-house or with your clients.

Kind regards,
Siobhan Adeyemi-Castro"""
add(M(INV, "casual_free_thursday", company="Peoplecraft HR",
      contact="dan@peoplecraft.example.co.uk", lang="en",
      frm=("Dan Fairclough", "dan@peoplecraft.example.co.uk"),
      subject="Re: HR generalist - application", date="2026-01-21 08:55",
      parent="pc_app", id="pc_chat",
      text="""Hi Siobhan,

Got your CV, thanks - really interesting background. Are you free Thursday to chat? Could do 11am at ours on Newhall Street, or a call if that's easier. Nothing formal, I just want to get a feel for what you're after and tell you about the generalist role we're hiring for.

Dan

Dan Fairclough
Managing Consultant, Peoplecraft HR
71 Newhall Street, Birmingham B3 1SL

""" + reply_quote("en", "Mon, 19 Jan 2026 at 20:31", CAND_NAME, CAND_ADDR, _q) + "\n",
      cte="7bit"))

_t = """Dear Siobhan

HR Advisor (Band 5) - Corporate Services, ref 233-CORP-4410

Thank you for your application. I am pleased to let you know that you have been shortlisted and we would like to invite you to interview.

Date: Wednesday 15 April 2026
Time: 13:30 (please arrive by 13:15)
Venue: Meeting Room 3, Arden Valley House, Clifford Bridge Road, Coventry CV2 2DX
Panel: Lydia Osei (HR Business Partner), Sam Whitfield (Employee Relations Lead) and a staff-side representative

The interview will be values-based and will include a 10-minute exercise on an absence case. Please bring your passport or other photo ID and proof of address for our identity checks.

A calendar invitation is attached. Please confirm your attendance by replying to this email.

Kind regards

Karen Whitlock
Recruitment Officer
Arden Valley NHS Foundation Trust
024 7696 0588
"""
add(M(INV, "nhs_panel_ics_attachment", company="Arden Valley NHS Foundation Trust",
      contact=KAREN[1], lang="en", frm=KAREN,
      subject="Invitation to interview - HR Advisor (Band 5) 233-CORP-4410",
      date="2026-04-01 11:15", id="arden_panel",
      text=_t,
      ics={"method": "REQUEST", "uid": "avft-233-CORP-4410-int-07@ardenvalleynhs.example.org.uk",
           "seq": 0, "start": "2026-04-15 13:30", "minutes": 60, "mode": "attach",
           "summary": "Interview: HR Advisor Band 5 - S Adeyemi-Castro",
           "location": "Meeting Room 3, Arden Valley House, Coventry CV2 2DX",
           "description": "Values-based interview with a 10-minute absence case exercise."}))

_t = """Dear Siobhan,

Post: HR Generalist, Ref TBC-HR-112 (Grade F, £33,366 - £36,124)

Thank you for your application. I am pleased to invite you to an interview for the above post.

The interview will take place on Thursday 11 June 2026 at 10:15 at Loxley House, Station Street, Nottingham NG2 3NG. Please report to the main reception 10 minutes early.

As part of the process you will be asked to give a 10-minute presentation on the following: "How would you improve the return-to-work process for frontline staff after long-term sickness?" You may bring handouts but there will be no projector.

Please confirm by Friday 29 May whether you will be attending, and let me know of any reasonable adjustments you need.

Yours sincerely,

Martin Oduya
HR Manager (Resourcing)
Trentside Borough Council
"""
add(M(INV, "council_interview_presentation_latin1", company="Trentside Borough Council",
      contact=MARTIN[1], lang="en", frm=MARTIN,
      subject="Invitation to interview - HR Generalist (TBC-HR-112)", date="2026-05-26 12:30",
      id="trent_inv", text=_t, charset="iso-8859-1", cte="quoted-printable"))

add(M(INV, "agency_sets_up_client_meeting", company="Fosse Logistics",
      contact=LAUREN[1], lang="en", frm=LAUREN,
      subject="Fosse Logistics want to meet you!", date="2026-06-08 13:10", id="mer_fosse_inv",
      text="""Hi Siobhan,

Great news - Fosse Logistics want to meet you for the HR Generalist role at their Enderby distribution centre.

I've pencilled in Tuesday 16 June at 2pm with Sam Iqbal (HR Manager) and Dave Curtis (Site General Manager). It'll be a face-to-face interview of around an hour, with a short tour of the warehouse afterwards, so flat shoes are a good idea.

Address: Fosse Logistics, Grove Park, Enderby, Leicester LE19 1SA. Visitor parking is signed on the left as you come in.

Can you confirm that works and I'll lock it in with them? I'll send over some prep notes tomorrow.

Lauren

Lauren Baptiste
Senior Consultant | Meridian Talent
Brindleyplace, Birmingham B1 2JB
0121 496 0552
"""))

_t = """Hi Siobhan,

Good news! Havenlicht Logistics would like to invite you to a first video interview for the HR Generalist position in Rotterdam.

When: Tuesday 19 May 2026, 10:00-10:45 (CEST)
Where: Microsoft Teams (the link will be in your calendar invitation)
With: Sanne de Wit, Talent Acquisition Lead, and Joost Verbeek, HR Manager

Please add the interview to your calendar using the button below.

Kind regards,
The Havenlicht recruitment team
"""
add(M(INV, "recruitee_video_interview", company="Havenlicht Logistics", contact="", lang="en",
      frm=("Havenlicht Logistics", "no-reply@jobs.recruitee.com"),
      subject="Interview invitation: HR Generalist - Havenlicht Logistics",
      date="2026-05-11 09:02", tz="cet", id="hav_inv",
      text=_t, html=ats_card("Havenlicht Logistics", paras(_t),
                             "Sent via Recruitee on behalf of Havenlicht Logistics B.V., Waalhaven Z.z. 19, Rotterdam.",
                             accent="#0e7490",
                             button=("Add to calendar",
                                     "https://havenlicht.recruitee.com/o/hr-generalist/interview/551203")),
      headers=[("Auto-Submitted", "auto-generated")]))

_q = """Dear Sanne,

I'm so sorry about this morning. I had the interview in my diary for 10:00 UK time, which of course is 11:00 in Rotterdam - a silly mistake and entirely mine. I'm still very keen on the role and would be grateful for another chance if that's at all possible.

Kind regards,
Siobhan"""
add(M(INV, "second_chance_after_no_show", company="Havenlicht Logistics",
      contact=SANNE[1], lang="en", frm=SANNE,
      subject="Re: Our interview this morning", date="2026-05-20 08:41", tz="cet",
      parent="hav_sorry", id="hav_reinv",
      text="""Hi Siobhan,

No worries at all - time zones catch everyone out at some point, and thank you for letting me know so quickly.

Let's try again: could you do Thursday 21 May at 15:00 CEST (14:00 in the UK)? Same Teams link as before, with Joost and me. If that doesn't suit, send me two or three alternatives this week.

Kind regards,
Sanne

Sanne de Wit
Talent Acquisition Lead
Havenlicht Logistics B.V.
Waalhaven Z.z. 19, 3089 JH Rotterdam
+31 10 555 0192

""" + reply_quote("en", "Tue, 19 May 2026 at 18:22", CAND_NAME, CAND_ADDR, _q) + "\n"))

_t = """Hi Siobhan,

Thanks for applying to the People Generalist role at Quillfeather! We'd love to move you forward to a first-round conversation with Olu Bankole, our People Lead.

Interview: First round (30 minutes, Google Meet)

Please choose a time that works for you using the link below. Once booked, you'll receive a calendar invitation with the meeting link.

https://jobs.ashbyhq.com/quillfeather/interview/schedule/1b7c2f90-55e1

Talk soon,
Quillfeather Recruiting
"""
add(M(INV, "ashby_schedule_first_round", company="Quillfeather", contact="", lang="en",
      frm=("Quillfeather Recruiting", "no-reply@ashbyhq.com"),
      subject="Schedule your interview with Quillfeather", date="2026-06-22 15:30", tz="utc",
      id="quill_inv", text=_t,
      html=ats_card("Quillfeather", paras(_t), "Powered by Ashby", accent="#4338ca")))

_t = """Dear Siobhan,

HR Officer (Student Services) - KMU-0926

I am pleased to invite you to interview for the above post on Wednesday 4 March at 2pm in Room 2.14, Priory Building, Coventry campus.

The panel will ask you to give a 15-minute presentation on "Supporting student-facing staff through organisational change", followed by questions. Please send your slides to me by noon on Monday 2 March.

Could you confirm by reply that you are able to attend?

With best wishes,

Dr Helen Marsh
Deputy Director of Student Services
Kenilworth Metropolitan University
Priory Street, Coventry CV1 5FB
"""
add(M(INV, "university_presentation_interview", company="Kenilworth Metropolitan University",
      contact="h.marsh@kmu.example.ac.uk", lang="en",
      frm=("Dr Helen Marsh", "h.marsh@kmu.example.ac.uk"),
      subject="Invitation to interview: HR Officer (Student Services)", date="2026-02-24 11:48",
      id="kmu_inv", text=_t, html=page(paras(_t))))

add(M(INV, "paid_trial_day_cardiff", company="Taff Street Outfitters",
      contact="rhys.morgan@taffstreet.example.co.uk", lang="en",
      frm=("Rhys Morgan", "rhys.morgan@taffstreet.example.co.uk"),
      subject="Trial day with the HR team - Monday 30 March?", date="2026-03-23 16:25",
      text="""Hi Siobhan,

Thanks for your time on the phone last week. As promised, we'd like to invite you to spend a trial day with our HR team at our head office on Monday 30 March, 9am to 4pm.

You'll shadow Ceri on recruitment admin for our stores in the morning, sit in (as an observer) on an anonymised grievance meeting after lunch, and finish with a 30-minute chat with me about the HR Generalist role. The day is paid at a flat £120 and we'll cover your train from Birmingham.

Address: Taff Street Outfitters, 3rd Floor, 60 Queen Street, Cardiff CF10 2GP.

Let me know if that works and I'll send the paperwork.

Diolch,
Rhys

Rhys Morgan
Head of People, Taff Street Outfitters
029 2167 0040
""", charset="windows-1252"))

_t = """Hi Siobhan,

Thanks for applying for the HR Generalist (EMEA) role at Kestrel Mobility - I'm the recruiter looking after the position.

I'd like to set up a 30-minute recruiter screen to learn more about your background and walk you through the role. Could you book a slot that suits you here: https://calendar.kestrelmobility.example.com/ellie/30min

If nothing works, reply with a few times and I'll make it happen.

Thanks,
Ellie Strand
Talent Acquisition, Kestrel Mobility
"""
add(M(INV, "lever_recruiter_screen", company="Kestrel Mobility",
      contact="ellie.strand@kestrelmobility.example.com", lang="en",
      frm=("Ellie Strand", "no-reply@hire.lever.co"),
      reply_to=("Ellie Strand", "ellie.strand@kestrelmobility.example.com"),
      subject="Kestrel Mobility: HR Generalist (EMEA) - let's talk", date="2026-04-13 10:05",
      tz="utc", text=_t, html=page(paras(_t))))

_t = """Dear Siobhan,

I am pleased to invite you to interview for the HR Officer post on Wednesday 20 May at 2.30pm at our Colmore Row office. The panel will be me and Lorraine Fisher, Head of HR. Please allow an hour.

The interview will be competency based and will include a short employment-law scenario. You do not need to prepare a presentation.

Please let me know by Friday whether you can attend.

Kind regards

Andrew Pugh
Senior HR Officer | Wrekin Building Society
Colmore House, 8 Colmore Row, Birmingham B3 2BJ
Direct: 0121 496 0630
"""
add(M(INV, "outlook_building_society", company="Wrekin Building Society",
      contact="andrew.pugh@wrekinbs.example.co.uk", lang="en",
      frm=("Andrew Pugh", "andrew.pugh@wrekinbs.example.co.uk"),
      subject="HR Officer - invitation to interview", date="2026-05-13 10:21",
      id="wrekin_inv", text=_t, html=outlook_html(mso(_t)),
      headers=[("Thread-Topic", "HR Officer - invitation to interview")]))

# ================================================================ invitations: German (4)

_t = """Liebe Frau Adeyemi-Castro,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d) bei Elbkontor. Ihr Werdegang im Filialmanagement hat uns neugierig gemacht, und wir würden Sie gern in einem ersten Videocall kennenlernen.

Termin: Mittwoch, 15. Juli 2026, 10:00 bis 10:45 Uhr
Teilnehmende: Jana Schlüter (People Partner) und Tobias Reimers (Leitung Filialen Nord)
Format: Microsoft Teams, den Link erhalten Sie mit der Kalendereinladung

Bitte bestätigen Sie den Termin kurz über den Button oder per Antwort auf diese E-Mail.

Viele Grüße
Jana Schlüter
"""
add(M(INV, "personio_kennenlernen_video", company="Elbkontor",
      contact="j.schlueter@elbkontor.example.de", lang="de",
      frm=("Elbkontor GmbH", "no-reply@elbkontor.jobs.personio.de"),
      reply_to=("Jana Schlüter", "j.schlueter@elbkontor.example.de"),
      subject="Einladung zum Kennenlernen - HR Generalist (m/w/d)", date="2026-07-09 11:20",
      id="elb_inv",
      text=_t, html=ats_card("Elbkontor", paras(_t),
                             "Elbkontor GmbH · Ost-West-Straße 70 · 20457 Hamburg",
                             accent="#1e3a8a", lang="de",
                             button=("Termin bestätigen",
                                     "https://elbkontor.jobs.personio.de/interview/confirm/88120"))))

add(M(INV, "du_erstes_gespraech_teams", company="Fleetwerk Kaffeerösterei",
      contact="malte.brandt@fleetwerk.example.de", lang="de",
      frm=("Malte Brandt", "malte.brandt@fleetwerk.example.de"),
      subject="Lust auf ein erstes Gespräch?", date="2026-06-03 12:14", id="flw_inv",
      text="""Hi Siobhan,

danke für deine Bewerbung als People & Culture Generalist! Deine Erfahrung aus dem Handel passt spannend zu uns, wir haben inzwischen sechs Cafés und die Rösterei.

Hast du Lust auf ein erstes Gespräch? Ich würde Mittwoch, den 10. Juni, um 14 Uhr vorschlagen, per Teams, ca. 45 Minuten. Den Link schicke ich dir, sobald du zusagst.

Liebe Grüße aus der Speicherstadt
Malte

Malte Brandt
Head of People | Fleetwerk Kaffeerösterei
""", cte="quoted-printable"))

add(M(INV, "agentur_kundentermin_reederei", company="Reederei Kajenberg",
      contact="b.hansen@speicherstadt-personal.example.de", lang="de",
      frm=("Birte Hansen", "b.hansen@speicherstadt-personal.example.de"),
      subject="Vorstellungsgespräch bei der Reederei Kajenberg", date="2026-05-18 15:02",
      id="sp_kaj_inv",
      text="""Liebe Frau Adeyemi-Castro,

ich freue mich: Die Reederei Kajenberg möchte Sie gern persönlich kennenlernen!

Termin: Donnerstag, 28. Mai 2026, 11:00 Uhr
Ort: Reederei Kajenberg, Am Sandtorkai 50, 20457 Hamburg (Empfang im 2. OG)
Gesprächspartner: Herr Claussen (Personalleiter) und Frau Yilmaz (Teamleitung Lohn & Gehalt)

Das Gespräch findet auf Englisch statt, ein paar Sätze auf Deutsch zur Begrüßung kommen aber sicher gut an. Ich rufe Sie am Dienstag an, um das Gespräch mit Ihnen vorzubereiten.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Herzliche Grüße
Birte Hansen

Speicherstadt Personal GmbH
Personalberatung | Am Sandtorkai 27, 20457 Hamburg
Tel. +49 40 5555 1823
"""))

add(M(INV, "stadtwerke_vorstellung_ics", company="Stadtwerke Harburg",
      contact="u.sommer@stadtwerke-harburg.example.de", lang="de",
      frm=("Dr. Ulrike Sommer", "u.sommer@stadtwerke-harburg.example.de"),
      subject="Einladung zum Vorstellungsgespräch - Personalreferentin (Kennziffer 26/114)",
      subject_enc=("iso-8859-1", "Q"), date="2026-08-05 09:12", id="sw_inv",
      text="""Sehr geehrte Frau Adeyemi-Castro,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Personalreferentin (m/w/d), Kennziffer 26/114, einzuladen.

Datum: Dienstag, 18. August 2026
Uhrzeit: 09:30 Uhr, Dauer ca. 60 Minuten
Ort: Stadtwerke Harburg, Schloßmühlendamm 8, 21073 Hamburg, Raum 3.07

Am Gespräch nehmen neben mir ein Mitglied des Personalrats und die Gleichstellungsbeauftragte teil. Eine Terminanfrage für Ihren Kalender finden Sie im Anhang.

Bitte bestätigen Sie uns den Termin bis zum 10. August.

Mit freundlichen Grüßen

Dr. Ulrike Sommer
Leiterin Personal
Stadtwerke Harburg GmbH
""", charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "swh-26-114-vg-adeyemi@stadtwerke-harburg.example.de",
           "seq": 0, "start": "2026-08-18 09:30", "minutes": 60, "mode": "attach",
           "summary": "Vorstellungsgespräch Personalreferentin (26/114)",
           "location": "Stadtwerke Harburg, Schloßmühlendamm 8, Raum 3.07",
           "description": "Gespräch mit Personalleitung, Personalrat und Gleichstellungsbeauftragter."}))

# ================================================================ invitations: French (4)

add(M(INV, "entretien_siege_lille", company="Maison Verhaeghe",
      contact="claire.vandamme@maison-verhaeghe.example.fr", lang="fr",
      frm=("Claire Vandamme", "claire.vandamme@maison-verhaeghe.example.fr"),
      subject="Invitation à un entretien - Chargée RH (H/F)", date="2026-08-11 10:05",
      id="verh_inv",
      text="""Bonjour Madame Adeyemi-Castro,

Nous avons bien étudié votre candidature au poste de Chargée RH (H/F) pour notre réseau de magasins et avons le plaisir de vous convier à un entretien.

Date : mardi 25 août 2026
Heure : 14h30 (durée prévue : 1 heure)
Lieu : siège de Maison Verhaeghe, 12 rue Esquermoise, 59000 Lille – 3e étage

Vous rencontrerez Claire Vandamme, Responsable RH, et Antoine Deleplanque, Directeur des magasins. L'entretien pourra se dérouler en partie en anglais si vous le souhaitez.

Merci de nous confirmer votre présence par retour de mail.

Bien cordialement,

Claire Vandamme
Responsable Ressources Humaines
Maison Verhaeghe
03 20 55 18 62
"""))

_t = """Madame,

À la suite de notre échange téléphonique, j'ai le plaisir de vous proposer un entretien avec notre directrice des ressources humaines pour le poste de Chargée RH généraliste.

L'entretien aura lieu le jeudi 3 septembre à 10h00 sur notre site de Roubaix (145 rue de Lannoy). Vous trouverez ci-joint l'invitation à ajouter à votre agenda.

Merci de bien vouloir accepter l'invitation ou de me signaler tout empêchement.

Cordialement,

Hélène Dujardin
Responsable des Ressources Humaines
Filatures du Nord
"""
add(M(INV, "entretien_drh_calendrier", company="Filatures du Nord",
      contact="h.dujardin@filatures-du-nord.example.fr", lang="fr",
      frm=("Hélène Dujardin", "h.dujardin@filatures-du-nord.example.fr"),
      subject="Entretien – Chargée RH généraliste – jeudi 3 septembre",
      subject_enc=("utf-8", "B"), date="2026-08-20 16:40", id="fdn_inv",
      text=_t, html=outlook_html(mso(_t), lang="fr"),
      ics={"method": "REQUEST", "uid": "fdn-rh-gen-2026-entretien@filatures-du-nord.example.fr",
           "seq": 0, "start": "2026-09-03 10:00", "minutes": 60,
           "summary": "Entretien Chargée RH généraliste - S. Adeyemi-Castro",
           "location": "Filatures du Nord, 145 rue de Lannoy, Roubaix",
           "description": "Entretien avec la DRH."}))

add(M(INV, "visio_hopital_teams", company="Groupe Hospitalier Val de Deûle",
      contact="n.lefebvre@ghvd.example.fr", lang="fr",
      frm=("Nathalie Lefebvre", "n.lefebvre@ghvd.example.fr"),
      subject="Convocation à un entretien - assistante RH (réf. DRH-2026-233)",
      date="2026-07-06 14:22", id="ghvd_inv",
      text="""Madame,

Votre candidature au poste d'assistante ressources humaines (pôle recrutement paramédical) a retenu notre attention. Nous vous proposons un entretien en visioconférence :

- le jeudi 16 juillet 2026 à 9h00 ;
- durée : 45 minutes ;
- lien Teams : https://teams.example.fr/meet/ghvd-drh-233

La commission sera composée de la responsable du pôle recrutement, d'une cadre de santé et de moi-même.

Je vous remercie de me confirmer votre disponibilité.

Nathalie Lefebvre
Attachée d'administration hospitalière – DRH
Groupe Hospitalier Val de Deûle
""", charset="windows-1252", cte="8bit"))

add(M(INV, "tutoiement_cafe_jeudi", company="Cabinet Opale",
      contact="julien@cabinet-opale.example.fr", lang="fr",
      frm=("Julien Carpentier", "julien@cabinet-opale.example.fr"),
      subject="On se voit jeudi ?", date="2026-06-09 18:30", id="opale_inv",
      text="""Bonjour Siobhan,

Je me permets de te tutoyer, c'est l'usage chez nous ! J'ai bien lu ton CV et ta lettre : ton parcours en magasin est exactement ce qui manque à notre équipe pour accompagner nos clients du commerce.

Tu serais dispo jeudi 11 juin pour qu'on en parle autour d'un café ? Je te propose 9h30, au café en bas de nos bureaux, 27 rue de Béthune. Ce sera un premier échange pour le poste de consultante RH junior, avec Élodie, notre associée.

Dis-moi si ça te va.

Julien

Julien Carpentier
Associé fondateur – Cabinet Opale RH
27 rue de Béthune, 59000 Lille
"""))

# ================================================================ invitations: Spanish (3)

add(M(INV, "entrevista_presencial_sevilla", company="Grupo Giralda",
      contact="rbenjumea@grupogiralda.example.es", lang="es",
      frm=("Rocío Benjumea", "rbenjumea@grupogiralda.example.es"), from_enc=("utf-8", "B"),
      subject="Entrevista - Técnica de RR. HH. (ref. GG-0926)", date="2026-09-09 11:34",
      id="gir_inv",
      text="""Estimada Siobhan:

Gracias por su candidatura al puesto de Técnica de Recursos Humanos. Nos gustaría conocerla en persona.

Le proponemos una entrevista el jueves 17 de septiembre a las 10:30 en nuestras oficinas centrales (Avenida de la Constitución 20, 3.ª planta, 41004 Sevilla). Estarán presentes la directora de Personas, Inmaculada Ruiz, y yo misma. La entrevista durará aproximadamente una hora y parte de ella se hará en inglés.

Le ruego que me confirme su asistencia respondiendo a este correo.

Un saludo cordial,

Rocío Benjumea
Selección y Desarrollo | Grupo Giralda
Tel. 954 22 61 30
"""))

add(M(INV, "videollamada_comision", company="Hospital Virgen del Azahar",
      contact="cvidal@hospitalazahar.example.es", lang="es",
      frm=("Carmen Vidal Romero", "cvidal@hospitalazahar.example.es"),
      subject="Citación a entrevista - Técnico/a de RR. HH.", date="2026-09-16 10:10",
      id="azh_inv",
      text="""Estimada Sra. Adeyemi-Castro:

Tras la valoración de méritos, nos complace citarla a la entrevista personal del proceso de selección de Técnico/a de Recursos Humanos.

Fecha: martes 22 de septiembre de 2026
Hora: 12:00
Modalidad: videollamada (recibirá el enlace el día anterior)

La entrevista tendrá una duración aproximada de 30 minutos y se realizará ante la comisión de selección.

Rogamos confirme su asistencia.

Atentamente,

Carmen Vidal Romero
Jefa de Sección de Selección
Hospital Virgen del Azahar
""", charset="iso-8859-1", cte="quoted-printable"))

add(M(INV, "jornada_evaluacion_planta", company="Aceites Guadaíra",
      contact="lramos@aceitesguadaira.example.es", lang="es",
      frm=("Lucía Ramos", "lramos@aceitesguadaira.example.es"),
      subject="Jornada de evaluación - Generalista de RR. HH.", date="2026-09-22 09:48",
      id="agu_inv",
      text="""Hola, Siobhan:

¡Enhorabuena! Has pasado a la siguiente fase del proceso para Generalista de Recursos Humanos.

Te invitamos a una jornada de evaluación el jueves 1 de octubre, de 9:00 a 13:30, en nuestra planta de Alcalá de Guadaíra (Polígono La Red, calle 8, nave 14). Habrá una dinámica de grupo, un caso práctico sobre absentismo y una entrevista individual con la responsable de Personas.

Por motivos de seguridad, trae calzado cerrado; nosotros te daremos el resto del equipo para la visita a la planta.

¿Nos confirmas tu asistencia?

Un saludo,
Lucía Ramos
Responsable de Personas | Aceites Guadaíra
"""))

assert sum(1 for m in MESSAGES if m["kind"] == INV) == 26, len(MESSAGES)

# ================================================================ reschedules: English (9)

_t = """Hi Siobhan,

Apologies for the shuffle - Neil has to be at a store opening in Solihull on Tuesday morning, so we've moved your panel interview to Thursday 5 March at 14:00. Same place (40 Colmore Circus, 4th floor), same panel, same format.

The calendar invitation below has been updated. If Thursday afternoon is a problem, let me know and I'll work something out.

Thanks for being flexible,
Gemma
"""
add(M(RES, "panel_moved_sequence_bump", company="Brindley & Hart", contact=GEMMA[1],
      lang="en", frm=GEMMA,
      subject="Updated invitation: Panel interview - HR Advisor @ Thu 5 Mar 2026 14:00",
      date="2026-02-25 17:31", parent="bh_panel", id="bh_moved",
      text=_t + "\n" + GEMMA_SIG + "\n", html=outlook_html(mso(_t + "\n" + GEMMA_SIG)),
      ics={"method": "REQUEST", "uid": "bh-panel-hra-r10382@brindleyhart.example.co.uk",
           "seq": 1, "start": "2026-03-05 14:00", "minutes": 45,
           "summary": "Panel interview - HR Advisor (Siobhan Adeyemi-Castro)",
           "location": "Brindley & Hart head office, 40 Colmore Circus, Birmingham, 4th floor",
           "description": "Moved from Tue 3 March 10:00. Panel: Gemma Rowley, Neil Ashworth, Tasha Bell."}))

add(M(RES, "nhs_cancel_panel_member_ill", company="Arden Valley NHS Foundation Trust",
      contact=KAREN[1], lang="en", frm=KAREN,
      subject="Cancelled: Interview: HR Advisor Band 5 - S Adeyemi-Castro",
      date="2026-04-14 15:48", parent="arden_panel", id="arden_cancel",
      text="""Dear Siobhan

I'm sorry to let you know that we need to cancel tomorrow's interview at 13:30. One of the panel members is unwell and we are not able to find a substitute at such short notice.

This is not a reflection on your application in any way, and you remain shortlisted. I will be in touch in the next day or two with a new date.

Apologies for any inconvenience this causes, particularly if you had arranged time off work.

Kind regards

Karen Whitlock
Recruitment Officer
Arden Valley NHS Foundation Trust
""",
      ics={"method": "CANCEL", "uid": "avft-233-CORP-4410-int-07@ardenvalleynhs.example.org.uk",
           "seq": 1, "start": "2026-04-15 13:30", "minutes": 60,
           "summary": "Interview: HR Advisor Band 5 - S Adeyemi-Castro",
           "location": "Meeting Room 3, Arden Valley House, Coventry CV2 2DX",
           "description": "Cancelled - panel member unwell. A new date will follow."}))

add(M(RES, "nhs_new_date_sequence_two", company="Arden Valley NHS Foundation Trust",
      contact=KAREN[1], lang="en", frm=KAREN,
      subject="Rearranged interview - HR Advisor (Band 5) 233-CORP-4410",
      date="2026-04-16 10:02", parent="arden_cancel", id="arden_rebook",
      text="""Dear Siobhan

Further to my email on Tuesday, I'm pleased to confirm a new date for your interview:

Wednesday 22 April 2026 at 13:30, Meeting Room 3, Arden Valley House

The panel and the format are unchanged. An updated calendar invitation is attached - it replaces the one for 15 April.

Kind regards

Karen Whitlock
Recruitment Officer
Arden Valley NHS Foundation Trust
""",
      ics={"method": "REQUEST", "uid": "avft-233-CORP-4410-int-07@ardenvalleynhs.example.org.uk",
           "seq": 2, "start": "2026-04-22 13:30", "minutes": 60, "mode": "attach", "cte": "base64",
           "summary": "Interview: HR Advisor Band 5 - S Adeyemi-Castro",
           "location": "Meeting Room 3, Arden Valley House, Coventry CV2 2DX",
           "description": "Rearranged from 15 April."}))

_q = """Hi Priya,

Thank you so much for the invitation. I've booked Thursday 30 April at 11:00 through the link, but I've just realised that clashes with our quarterly stocktake, which I can't move as the store manager. Would it be possible to move the interview to the following week? Any afternoon from Tuesday 5 May would work.

Sorry for the hassle, and thanks,
Siobhan"""
add(M(RES, "greenhouse_moved_at_candidates_request", company="Larkspur Home",
      contact=PRIYA[1], lang="en", frm=PRIYA,
      subject="Re: Interview with Larkspur Home - please choose a time", date="2026-04-22 09:17",
      parent="lark_req", id="lark_moved",
      text="""Hi Siobhan,

Not a problem at all - stocktakes wait for no one! I've moved your interview with Amira and me to Tuesday 5 May at 4.30pm. Your Thursday slot has been released and a fresh calendar invitation with the video link is on its way from Greenhouse.

Best,
Priya

""" + reply_quote("en", "Tue, 21 Apr 2026 at 21:05", CAND_NAME, CAND_ADDR, _q) + "\n"))

add(M(RES, "cancelled_not_a_no", company="Quillfeather",
      contact="olu@quillfeather.example.com", lang="en",
      frm=("Olu Bankole", "olu@quillfeather.example.com"),
      subject="Tomorrow's call - need to cancel, sorry", date="2026-06-29 19:12",
      id="quill_cancel",
      text="""Hi Siobhan,

I'm really sorry, but I need to cancel our conversation tomorrow at 11. The leadership team has just been pulled into an offsite for the next two days and I can't get out of it.

To be clear, this is absolutely not a no - I enjoyed reading your application and I want to talk to you. I'll send you some new times early next week; no need to do anything until then.

Olu

Olu Bankole
People Lead, Quillfeather
Unit 5, 12 Hoxton Street, London N1 6NG
"""))

_t = """Dear Siobhan,

HR Officer (Student Services) - KMU-0926

Because of the planned industrial action on the Coventry campus on Wednesday 4 March, we need to move your interview. The new date is Wednesday 11 March at 2pm, still in Room 2.14 of the Priory Building. Your presentation topic is unchanged; please send your slides by noon on Monday 9 March instead.

I apologise for the change and hope the new date suits you. Please let me know either way.

With best wishes,

Dr Helen Marsh
Deputy Director of Student Services
Kenilworth Metropolitan University
"""
add(M(RES, "moved_for_industrial_action", company="Kenilworth Metropolitan University",
      contact="h.marsh@kmu.example.ac.uk", lang="en",
      frm=("Dr Helen Marsh", "h.marsh@kmu.example.ac.uk"),
      subject="Change of date: your interview on 4 March", date="2026-02-27 12:06",
      parent="kmu_inv", text=_t, html=page(paras(_t))))

_orig = """Dear Siobhan,

Post: HR Generalist, Ref TBC-HR-112

Thank you for your application. I am pleased to invite you to an interview for the above post on Thursday 11 June 2026 at 10:15 at Loxley House, Station Street, Nottingham NG2 3NG."""
_t = """Dear Siobhan,

I'm afraid we need to change the date of your interview. Loxley House will be closed on Thursday 11 June for work on the fire alarm system, so your interview will now take place on Tuesday 16 June 2026, still at 10:15 and at the same address.

The presentation question stays the same. Could you confirm that the new date is suitable?

Apologies for the inconvenience.

Martin Oduya
HR Manager (Resourcing)
Trentside Borough Council
"""
_blk = outlook_block("en", "Martin Oduya <martin.oduya@trentside.example.gov.uk>",
                     "26 May 2026 12:30", f"Siobhan Adeyemi-Castro <{CAND_ADDR}>",
                     "Invitation to interview - HR Generalist (TBC-HR-112)", _orig)
_d = "Trentside Borough Council: this email and any attachments may contain personal data. If you are not the intended recipient, please tell the sender and delete it."
add(M(RES, "council_date_change_outlook", company="Trentside Borough Council",
      contact=MARTIN[1], lang="en", frm=MARTIN,
      subject="RE: Invitation to interview - HR Generalist (TBC-HR-112)", date="2026-06-02 08:57",
      parent="trent_inv", id="trent_moved",
      text=_t + "\n" + _d + "\n\n" + _blk + "\n", html=outlook_html(mso(_t + "\n" + _d + "\n\n" + _blk)),
      headers=[("Thread-Topic", "Invitation to interview - HR Generalist (TBC-HR-112)")]))

add(M(RES, "agency_client_moves_day", company="Fosse Logistics", contact=LAUREN[1],
      lang="en", frm=LAUREN, subject="Re: Fosse Logistics want to meet you!",
      date="2026-06-10 11:03", parent="mer_fosse_inv", id="mer_fosse_moved",
      text="""Hi Siobhan,

Small change: Fosse have asked if we can move your interview to Thursday 18 June at 9:30am instead of Tuesday afternoon - Sam has been pulled into a customer audit. Same people, same place. I've said yes provisionally as you mentioned Thursdays are your day off; shout if that's wrong.

Lauren
"""))

_t = """Dear Siobhan,

We need to postpone the assessment day for the HR Assistant role, planned for Thursday 12 February. Our Wigston site has a customer food-safety audit that week and we can't host visitors on the production floor.

The assessment day will now take place on Thursday 19 February, same times (09:30 to 15:00) and same format. Please reply to let Rachel know whether you can still attend.

Kind regards,
Soar Valley Foods Recruitment
"""
add(M(RES, "assessment_day_postponed_audit", company="Soar Valley Foods",
      contact="r.okafor@soarvalleyfoods.example.co.uk", lang="en",
      frm=("Soar Valley Foods", "noreply@smartrecruiters.com"),
      reply_to=("Rachel Okafor", "r.okafor@soarvalleyfoods.example.co.uk"),
      subject="Change of date: HR Assistant assessment day", date="2026-02-05 14:22",
      tz="utc", text=_t, html=ats_card("Soar Valley Foods", paras(_t),
                                       "Replies go to Rachel Okafor, HR Business Partner.",
                                       accent="#b45309")))

# ================================================================ reschedules: German (2)

add(M(RES, "termin_verschieben_freitag", company="Elbkontor",
      contact="j.schlueter@elbkontor.example.de", lang="de",
      frm=("Jana Schlüter", "j.schlueter@elbkontor.example.de"), from_enc=("iso-8859-1", "Q"),
      subject="Verschiebung unseres Termins am Mittwoch", subject_enc=("utf-8", "B"),
      date="2026-07-14 16:45", parent="elb_inv", id="elb_moved",
      text="""Liebe Frau Adeyemi-Castro,

leider muss ich unseren Videocall am Mittwoch, 15. Juli, verschieben: Herr Reimers ist kurzfristig zu einer Filialeröffnung nach Lübeck gerufen worden.

Würde Ihnen stattdessen Freitag, 17. Juli, um 13:00 Uhr passen? Der Teams-Link bleibt derselbe, ich aktualisiere die Einladung, sobald Sie mir kurz Bescheid geben.

Entschuldigen Sie die Umstände!

Viele Grüße
Jana Schlüter
People Partner | Elbkontor GmbH
Ost-West-Straße 70, 20457 Hamburg
"""))

add(M(RES, "termin_abgesagt_cancel_ics", company="Stadtwerke Harburg",
      contact="u.sommer@stadtwerke-harburg.example.de", lang="de",
      frm=("Dr. Ulrike Sommer", "u.sommer@stadtwerke-harburg.example.de"),
      subject="Abgesagt: Vorstellungsgespräch Personalreferentin (26/114)",
      date="2026-08-12 09:03", parent="sw_inv", id="sw_cancel",
      text="""Sehr geehrte Frau Adeyemi-Castro,

der Termin für Ihr Vorstellungsgespräch am Dienstag, 18. August, muss leider entfallen. Der Personalrat hat eine Nachbesprechung der Stellenbeschreibung verlangt, und ohne seine Beteiligung dürfen wir keine Gespräche führen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Einen neuen Termin teilen wir Ihnen mit, sobald die Abstimmung abgeschlossen ist.

Mit freundlichen Grüßen

Dr. Ulrike Sommer
Leiterin Personal
Stadtwerke Harburg GmbH
""", charset="iso-8859-1", cte="8bit",
      ics={"method": "CANCEL", "uid": "swh-26-114-vg-adeyemi@stadtwerke-harburg.example.de",
           "seq": 1, "start": "2026-08-18 09:30", "minutes": 60, "mode": "attach",
           "summary": "Vorstellungsgespräch Personalreferentin (26/114)",
           "location": "Stadtwerke Harburg, Schloßmühlendamm 8, Raum 3.07",
           "description": "Termin entfällt. Neuer Termin folgt."}))

# ================================================================ reschedules: French (2)

add(M(RES, "entretien_annule_greve_ics", company="Filatures du Nord",
      contact="h.dujardin@filatures-du-nord.example.fr", lang="fr",
      frm=("Hélène Dujardin", "h.dujardin@filatures-du-nord.example.fr"),
      subject="Annulé : Entretien Chargée RH généraliste - S. Adeyemi-Castro",
      date="2026-08-27 18:05", parent="fdn_inv",
      text="""Madame,

Je suis contrainte d'annuler notre entretien du jeudi 3 septembre : notre directrice générale a convoqué un comité de direction extraordinaire ce jour-là et je dois y participer.

Je reviens vers vous très rapidement avec une nouvelle date. Votre candidature reste bien entendu à l'étude.

Avec toutes mes excuses,

Hélène Dujardin
Responsable des Ressources Humaines
Filatures du Nord
""",
      ics={"method": "CANCEL", "uid": "fdn-rh-gen-2026-entretien@filatures-du-nord.example.fr",
           "seq": 1, "start": "2026-09-03 10:00", "minutes": 60,
           "summary": "Entretien Chargée RH généraliste - S. Adeyemi-Castro",
           "location": "Filatures du Nord, 145 rue de Lannoy, Roubaix",
           "description": "Entretien annulé, une nouvelle date sera proposée."}))

add(M(RES, "entretien_decale_jeudi", company="Maison Verhaeghe",
      contact="claire.vandamme@maison-verhaeghe.example.fr", lang="fr",
      frm=("Claire Vandamme", "claire.vandamme@maison-verhaeghe.example.fr"),
      subject="Décalage de notre entretien du 25 août", date="2026-08-18 11:50",
      parent="verh_conf", id="verh_moved",
      text="""Bonjour Siobhan,

Désolée de revenir vers vous à ce sujet : Antoine Deleplanque sera en visite dans nos magasins de Belgique le mardi 25 août. Serait-il possible de décaler notre entretien au jeudi 27 août, à la même heure (14h30), toujours au siège rue Esquermoise ?

Merci de votre compréhension et à très vite,

Claire Vandamme
Responsable Ressources Humaines
Maison Verhaeghe
""", charset="iso-8859-1"))

# ================================================================ reschedules: Spanish (2)

add(M(RES, "cambio_de_hora_entrevista", company="Grupo Giralda",
      contact="rbenjumea@grupogiralda.example.es", lang="es",
      frm=("Rocío Benjumea", "rbenjumea@grupogiralda.example.es"), from_enc=("utf-8", "B"),
      subject="Cambio de hora - entrevista del jueves 17", date="2026-09-14 09:26",
      parent="gir_inv", id="gir_moved",
      text="""Estimada Siobhan:

Le escribo para proponerle un pequeño cambio: la directora de Personas tiene un comité a primera hora del jueves 17, así que necesitaríamos pasar la entrevista de las 10:30 a las 12:30. El lugar sigue siendo el mismo.

¿Le viene bien? Disculpe las molestias.

Un saludo,

Rocío Benjumea
Selección y Desarrollo | Grupo Giralda
"""))

add(M(RES, "entrevista_aplazada_comision", company="Hospital Virgen del Azahar",
      contact="cvidal@hospitalazahar.example.es", lang="es",
      frm=("Carmen Vidal Romero", "cvidal@hospitalazahar.example.es"),
      subject="Aplazamiento de la entrevista del 22 de septiembre", date="2026-09-21 13:40",
      parent="azh_inv",
      text="""Estimada Sra. Adeyemi-Castro:

Por la coincidencia con una auditoría de la Consejería, nos vemos obligados a aplazar la entrevista prevista para mañana, martes 22 de septiembre, a las 12:00.

En los próximos días le comunicaremos la nueva fecha. Su candidatura sigue en el proceso en las mismas condiciones.

Disculpe las molestias.

Atentamente,

Carmen Vidal Romero
Jefa de Sección de Selección
Hospital Virgen del Azahar
""", cte="base64"))

assert sum(1 for m in MESSAGES if m["kind"] == RES) == 15

# ================================================================ missed: English (6)

add(M(MIS, "waited_on_teams_rotterdam", company="Havenlicht Logistics", contact=SANNE[1],
      lang="en", frm=SANNE, subject="Our interview this morning", date="2026-05-19 10:31",
      tz="cet", parent="hav_inv", id="hav_missed",
      text="""Hi Siobhan,

Joost and I were on Teams for our 10:00 interview this morning and waited about fifteen minutes, but you didn't join and we couldn't reach you.

I hope everything is okay. If something came up, just let me know and we'll see what we can do.

Kind regards,
Sanne

Sanne de Wit
Talent Acquisition Lead
Havenlicht Logistics B.V.
+31 10 555 0192
"""))

add(M(MIS, "tried_calling_twice_agency", company="Cobalt People",
      contact="ryan@cobaltpeople.example.co.uk", lang="en",
      frm=("Ryan Devlin", "ryan@cobaltpeople.example.co.uk"),
      subject="Missed call - client phone interview", date="2026-07-14 10:24", id="cobalt_missed",
      text="""Hi Siobhan,

The hiring manager tried calling you twice at 10:00 for the phone interview and I tried again at 10:15 - straight to voicemail each time.

Could you give me a ring as soon as you get this so I can explain to the client? They're a bit put out, but I'll do what I can.

Ryan

Ryan Devlin
Principal Consultant, Cobalt People
024 7699 0341
""", cte="7bit"))

add(M(MIS, "phone_screen_no_answer", company="Copperleaf Energy",
      contact="hannah.greaves@copperleaf.example.co.uk", lang="en",
      frm=("Hannah Greaves", "hannah.greaves@copperleaf.example.co.uk"),
      subject="Our call at 2pm today", date="2026-07-06 14:27",
      text="""Hi Siobhan,

I rang at 2pm as planned for our phone screen for the People Advisor role, but it went straight to voicemail, and I tried again ten minutes later.

I'm conscious things crop up in a busy store, so no judgement. If you'd still like to go ahead, reply with a couple of times that work later this week.

Best wishes,
Hannah

Hannah Greaves
Talent Partner, Copperleaf Energy
"""))

_t = """Hi Siobhan,

We had you booked in for a video interview at 11:30 today for the HR Advisor role. Dave and I waited on Teams until 11:50 but didn't see you join, and there was no message in the chat.

If you had technical problems, let me know today and I'll see whether we can find another slot before the shortlist closes on Friday.

Thanks,
Steph

Steph Cartwright
Senior HR Business Partner | Marchmont Grocers
"""
add(M(MIS, "video_interview_no_join", company="Marchmont Grocers",
      contact="steph.cartwright@marchmontgrocers.example.co.uk", lang="en",
      frm=("Steph Cartwright", "steph.cartwright@marchmontgrocers.example.co.uk"),
      subject="HR Advisor interview - 11:30 today", date="2026-02-11 12:03",
      text=_t, html=outlook_html(mso(_t))))

add(M(MIS, "not_at_reception_site_visit", company="Tamworth Precision Castings",
      contact="gareth.lowe@tamworthcastings.example.co.uk", lang="en",
      frm=("Gareth Lowe", "gareth.lowe@tamworthcastings.example.co.uk"),
      subject="Site visit this morning", date="2026-04-08 10:05",
      text="""Hello Siobhan,

We were expecting you at our Coventry reception at 9:00 this morning for the site visit and interview, but there was no sign of you by 9:40 and the number we have for you rang out.

Could you let me know what happened? I hope it's nothing serious.

Regards,
Gareth Lowe
HR Manager, Tamworth Precision Castings
Torrington Avenue, Coventry CV4 9AP
""", charset="windows-1252", cte="7bit"))

add(M(MIS, "phone_screen_voicemail_left", company="Bramcote Garden Centres",
      contact="jo.pickering@bramcotegardens.example.co.uk", lang="en",
      frm=("Jo Pickering", "jo.pickering@bramcotegardens.example.co.uk"),
      subject="Sorry we missed each other", date="2026-03-18 15:22",
      text="""Hi Siobhan,

Sorry we didn't manage to speak at 3pm for your phone interview. I called the mobile number on your CV a couple of times and left a voicemail.

I'm in meetings for the rest of the week, so the team will be in touch about next steps.

Best,
Jo Pickering
Assistant Head of HR, Bramcote Garden Centres
"""))

# ================================================================ missed: German (2)

add(M(MIS, "du_nicht_im_teams_raum", company="Fleetwerk Kaffeerösterei",
      contact="malte.brandt@fleetwerk.example.de", lang="de",
      frm=("Malte Brandt", "malte.brandt@fleetwerk.example.de"),
      subject="Re: Lust auf ein erstes Gespräch?", date="2026-06-10 14:31",
      parent="flw_inv",
      text="""Hi Siobhan,

wir waren heute um 14 Uhr zu unserem Call verabredet. Ich war gut 20 Minuten im Teams-Raum, aber du bist leider nicht aufgetaucht.

Falls etwas dazwischengekommen ist, sag einfach Bescheid, dann schauen wir, ob wir das nachholen.

Liebe Grüße
Malte
"""))

add(M(MIS, "zweimal_angerufen_mailbox", company="Kiezkind",
      contact="lea@kiezkind.example.de", lang="de",
      frm=("Lea Schuster", "lea@kiezkind.example.de"),
      subject="Unser Telefonat heute", date="2026-08-19 10:26",
      text="""Hey Siobhan,

ich hab dich heute um 10 wie verabredet zweimal angerufen, bin aber beide Male nur auf der Mailbox gelandet.

Ist alles okay bei dir? Meld dich gern, wenn du noch Interesse an der Stelle hast.

Viele Grüße
Lea
""", charset="iso-8859-1", cte="quoted-printable"))

# ================================================================ missed: French (1)

add(M(MIS, "attendue_sur_teams", company="Groupe Hospitalier Val de Deûle",
      contact="n.lefebvre@ghvd.example.fr", lang="fr",
      frm=("Nathalie Lefebvre", "n.lefebvre@ghvd.example.fr"),
      subject="Entretien de ce matin - réf. DRH-2026-233", date="2026-07-16 09:48",
      parent="ghvd_inv",
      text="""Madame,

Nous vous avons attendue ce matin à 9h00 sur Teams pour votre entretien, sans nouvelles de votre part. La commission a patienté jusqu'à 9h25.

Si un empêchement est survenu, je vous remercie de me le faire savoir aujourd'hui.

Cordialement,

Nathalie Lefebvre
Direction des Ressources Humaines
Groupe Hospitalier Val de Deûle
"""))

# ================================================================ missed: Spanish (1)

add(M(MIS, "no_conseguimos_hablar", company="Talento Sur",
      contact="manuel.ortega@talentosur.example.es", lang="es",
      frm=("Manuel Ortega Núñez", "manuel.ortega@talentosur.example.es"),
      from_enc=("iso-8859-1", "B"),
      subject="Llamada de esta mañana", date="2026-08-25 11:32",
      text="""Hola, Siobhan:

Te llamé dos veces a las 11:00 para la entrevista telefónica con mi cliente y no conseguí hablar contigo; el cliente también lo intentó desde su número.

¿Ha pasado algo? Escríbeme o llámame cuando puedas y vemos si se puede recuperar.

Un saludo,
Manuel
Talento Sur | 600 112 233
"""))

assert sum(1 for m in MESSAGES if m["kind"] == MIS) == 10
_ = (esc, html_quote)
