"""Fifth corpus: interview invitations, each written by hand in its own voice (see make_fifth.py)."""

K = "interview_invitation"

MESSAGES = [
    {
        "slug": "calendly_hiring_manager", "kind": K, "lang": "en", "company": "Fernhill Analytics",
        "contact": "r.osei@fernhill.example.com",
        "frm": ("Rachel Osei", "r.osei@fernhill.example.com"),
        "subject": "Analytics Engineer - next steps", "date": "Tue, 03 Mar 2026 09:12:44 -0500",
        "fmt": "alt", "html_style": "gmail",
        "text": """Hi Kim,

Thanks for applying to the Analytics Engineer role. I read through your portfolio (the dbt lineage write-up especially) and I'd love to find 30 minutes to talk about the team and what you're looking for.

Grab whatever works for you here: https://calendly.example.com/rachel-osei-fernhill/30min

If none of those times work, just reply with a couple of options.

Rachel Osei
Director of Data, Fernhill Analytics
""",
    },
    {
        "slug": "goodtime_panel_bank", "kind": K, "lang": "en", "company": "Ridgeway Capital",
        "contact": "coordinator.amy@ridgewaycapital.example.com",
        "frm": ("Ridgeway Capital Recruiting", "noreply@goodtime.example.io"),
        "reply_to": ("Amy Chen", "coordinator.amy@ridgewaycapital.example.com"),
        "subject": "Action Required: Select your interview times - Ridgeway Capital", "date": "Wed, 04 Mar 2026 15:30:00 -0500",
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """Hi Kim,

Congratulations! The team would like to invite you to the next stage for the Quantitative Risk Associate position: a virtual panel of three 45-minute conversations.

Please select your availability using the link below within 48 hours so we can secure interviewers:

  Select times -> https://app.goodtime.example.io/availability/7c1e0b2f

Interviewers: Mark Feldman (Head of Market Risk), Sofia Ruiz (VP, Model Validation), Jon Abbey (Associate).

If you have any questions or need accommodations, reply to this email and I'll help.

Amy Chen
Recruiting Coordinator, Ridgeway Capital
""",
    },
    {
        "slug": "indian_telephonic_revert", "kind": K, "lang": "en", "company": "Sarvam Logistics",
        "contact": "ankit.verma@sarvamlogistics.example.com",
        "frm": ("Ankit Verma", "ankit.verma@sarvamlogistics.example.com"),
        "subject": "Telephonic round - Supply Chain Manager", "date": "Thu, 05 Mar 2026 11:05:00 +0530",
        "cte": "7bit",
        "text": """Dear Kim,

Greetings of the day!

Your profile has been shortlisted for the position of Supply Chain Manager with Sarvam Logistics. We would like to schedule a telephonic round with our Regional Head, Mr. Suresh Iyer.

Kindly revert with your availability for tomorrow or Monday between 11 AM and 4 PM IST, along with your current CTC, expected CTC and notice period.

Do revert at the earliest.

Regards,
Ankit Verma
HR Executive | Sarvam Logistics Pvt. Ltd.
+91 22 0000 4545
""",
    },
    {
        "slug": "founder_quick_question", "kind": K, "lang": "en", "company": "Tidewater Labs",
        "contact": "sam@tidewaterlabs.example.com",
        "frm": ("Sam", "sam@tidewaterlabs.example.com"),
        "subject": "Quick question", "date": "Thu, 05 Mar 2026 22:41:03 -0800",
        "text": """hey Kim - saw your application for the ops role. would you be free for a quick chat thurs or fri? 20 mins, zoom or phone, whatever's easier

-sam
""",
    },
    {
        "slug": "onsite_outlook_ics_plant", "kind": K, "lang": "en", "company": "Arkwright Components",
        "contact": "d.fischer@arkwright-components.example.com",
        "frm": ("Fischer, Daniel", "d.fischer@arkwright-components.example.com"),
        "subject": "Onsite interview - Manufacturing Engineer - Tue 17 March", "date": "Fri, 06 Mar 2026 14:02:19 -0500",
        "fmt": "alt", "html_style": "outlook",
        "text": """Hello Kim,

Following your conversation with our HR team, we would like to invite you to an onsite interview at our Greenville plant for the Manufacturing Engineer position.

When: Tuesday 17 March, 9:00 AM - 1:00 PM Eastern
Where: Arkwright Components, 400 Foundry Rd, Greenville SC - please check in at the security gate, bring photo ID and closed-toe shoes (we will do a short floor tour).

Agenda: meet the team (Daniel Fischer, Plant Engineering Manager), a technical discussion on a PFMEA case, lunch with two of the engineers.

I've sent a calendar invitation; please accept it to confirm.

Regards,
Daniel Fischer
Plant Engineering Manager
Arkwright Components Inc. | Greenville Plant
""",
        "ics": {"start": "20260317T130000Z", "end": "20260317T170000Z", "uid": "arkw-onsite-20260317@arkwright-components.example.com",
                 "organizer": ("Daniel Fischer", "d.fischer@arkwright-components.example.com"),
                 "summary": "Onsite interview - Kim Novak - Manufacturing Engineer", "location": "400 Foundry Rd, Greenville SC",
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "slug": "greenhouse_self_schedule_technical", "kind": K, "lang": "en", "company": "Halcyon Health",
        "contact": "",
        "frm": ("Halcyon Health", "no-reply@us.greenhouse-mail.io"),
        "subject": "Please schedule your technical interview with Halcyon Health", "date": "Mon, 09 Mar 2026 17:45:11 +0000",
        "fmt": "html", "cte": "quoted-printable",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">
<p>Hi Kim,</p>
<p>Great news - we'd love to move you to the next round for the <b>Senior Frontend Engineer</b> role! This is a 60-minute technical interview (pair programming in TypeScript; no prep required).</p>
<p>Please use the link below to pick a time that works for you:</p>
<p><a href="https://app.greenhouse.example.io/scheduler/s/9a8b7c6d" style="background:#0b5;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Schedule Interview</a></p>
<p>Thanks,<br>The Halcyon Health Recruiting Team</p>
<p style="color:#999;font-size:11px">Please do not reply to this automated message.</p>
</div>
""",
    },
    {
        "slug": "agency_great_news", "kind": K, "lang": "en", "company": "Quarry Lane Foods",
        "contact": "tyler.b@hirebridge.example.com",
        "frm": ("Tyler Briggs", "tyler.b@hirebridge.example.com"),
        "subject": "GREAT NEWS!!!", "date": "Tue, 10 Mar 2026 08:03:00 +0000",
        "text": """Morning Kim!!!

Quarry Lane Foods LOVED your CV and want to meet you for the Production Planner job!! First stage is a 45 min video call with Gemma (Ops Manager) - she's lovely!!

They've offered Thursday 2pm or Friday 10am. Which one works?? Let me know ASAP and I'll lock it in!!

Speak soon!!
Tyler

Tyler Briggs | Recruitment Consultant | HireBridge
📞 0161 000 2288
Sent from Outlook for iOS
""",
    },
    {
        "slug": "law_firm_second_interview", "kind": K, "lang": "en", "company": "Pemberton Hale",
        "contact": "graduate.recruitment@pembertonhale.example.com",
        "frm": ("Graduate Recruitment", "graduate.recruitment@pembertonhale.example.com"),
        "subject": "Pemberton Hale - Vacation Scheme: invitation to interview", "date": "Wed, 11 Mar 2026 10:00:00 +0000",
        "fmt": "alt", "html_style": "outlook",
        "text": """Dear Kim,

Thank you for completing the online assessments. We are delighted to invite you to a partner interview for our Summer Vacation Scheme.

Interviews will take place at our Manchester office (1 Spinningfield Square) on Wednesday 25 March and Thursday 26 March. Each interview lasts approximately 40 minutes and will be conducted by a partner and a senior associate. You will be asked to discuss a short commercial article which we will send to you 24 hours in advance.

Please reply to this email by Friday 13 March indicating your preferred date and any adjustments you may require.

Kind regards,

Graduate Recruitment Team
Pemberton Hale LLP
""",
    },
    {
        "slug": "school_lesson_observation", "kind": K, "lang": "en", "company": "St Aldric's Primary School",
        "contact": "office@staldrics.example.org",
        "frm": ("St Aldric's School Office", "office@staldrics.example.org"),
        "subject": "Interview - Class Teacher (KS2)", "date": "Thu, 12 Mar 2026 13:18:40 +0000",
        "text": """Dear Kim

Thank you for your application for the post of KS2 Class Teacher. I am pleased to invite you to interview on Monday 23rd March, arriving at 8.45am.

The day will include:
- a tour of the school with pupils from our School Council
- a 30 minute lesson observation (Year 4 maths, 28 children, no TA - please bring any resources you need)
- a formal panel interview with the Headteacher and a Governor

Please bring photo ID and original certificates for our Single Central Record checks.

Could you confirm your attendance by return.

Many thanks
Mrs S. Lightfoot
School Business Manager
St Aldric's C of E Primary School
""",
    },
    {
        "slug": "ngo_teams_ics", "kind": K, "lang": "en", "company": "WaterBridge International",
        "contact": "hr@waterbridge.example.org",
        "frm": ("WaterBridge HR", "hr@waterbridge.example.org"),
        "subject": "Interview invitation - Grants Manager (Nairobi/remote)", "date": "Fri, 13 Mar 2026 07:20:00 +0000",
        "text": """Dear Kim,

Thank you for your interest in WaterBridge International. We are pleased to invite you to a panel interview for the Grants Manager position.

Date: Thursday 19 March 2026
Time: 14:00-15:00 EAT (11:00-12:00 UTC)
Format: Microsoft Teams (link in the attached invitation)
Panel: Grace Wanjiru (Country Director), Paul Esterhuizen (Finance), Mary Kiptoo (HR)

The interview will include a 10-minute presentation on a donor report of your choice.

Kindly confirm receipt of this invitation.

Best regards,
Mary Kiptoo
HR Officer, WaterBridge International
""",
        "ics": {"start": "20260319T110000Z", "end": "20260319T120000Z", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4@waterbridge.example.org",
                 "organizer": ("WaterBridge HR", "hr@waterbridge.example.org"),
                 "summary": "Interview: Kim Novak - Grants Manager", "location": "Microsoft Teams Meeting",
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "slug": "bank_video_interview_platform", "kind": K, "lang": "en", "company": "Caledon Mutual",
        "contact": "",
        "frm": ("Caledon Mutual Early Careers", "invitations@vidscreen.example.net"),
        "subject": "Your video interview for Caledon Mutual", "date": "Mon, 16 Mar 2026 12:00:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hello Kim,

Caledon Mutual has invited you to complete a video interview for the Graduate Analyst Programme.

You will answer 5 questions on camera; each answer can be up to 2 minutes and you'll have 30 seconds to prepare. The interview takes around 20 minutes.

Please complete it by 23:59 on 22 March 2026:
https://vidscreen.example.net/i/CM-2026-GA/kim-novak-4471

Good luck!
VidScreen on behalf of Caledon Mutual

This mailbox is not monitored. For help visit https://help.vidscreen.example.net
""",
    },
    {
        "slug": "ashby_next_stage_art_director", "kind": K, "lang": "en", "company": "Lantern Owl Studios",
        "contact": "maya@lanternowl.example.com",
        "frm": ("Maya Lindgren", "maya@lanternowl.example.com"),
        "subject": "Lantern Owl - Environment Artist", "date": "Tue, 17 Mar 2026 16:44:00 +0100",
        "fmt": "alt", "html_style": "gmail",
        "text": """Hej Kim,

Thank you for the art test, the team had a great time going through it! We'd love to move you to the next stage, which is a 1-hour conversation with our Art Director, Elias, and one of our senior environment artists.

Could you let me know which of these suit you (all times CET)?
- Mon 23 Mar, 15:00
- Tue 24 Mar, 10:00
- Wed 25 Mar, 13:30

Cheers,
Maya
Talent Lead · Lantern Owl Studios · Malmö
""",
    },
    {
        "slug": "dutch_second_interview_utrecht", "kind": K, "lang": "en", "company": "Bakker & Zonen",
        "contact": "e.dejong@bakkerzonen.example.nl.test",
        "frm": ("Eva de Jong", "e.dejong@bakkerzonen.example.nl.test"),
        "subject": "Second interview", "date": "Wed, 18 Mar 2026 09:47:00 +0100",
        "text": """Hi Kim,

Thanks again for the nice first talk. We would like to invite you for a second interview at our office in Utrecht, so you can also meet the team and see the warehouse.

Would Wednesday 25 March at 14:00 be possible for you? It will take around 1,5 hour. The address is Nijverheidsweg 7, you can park in front of the building.

Let me know!

Greetings,
Eva de Jong
HR advisor | Bakker & Zonen Groothandel
""",
    },
    {
        "slug": "italian_technical_interview", "kind": K, "lang": "en", "company": "Fonderie Galli",
        "contact": "r.bianchi@fonderiegalli.example.com",
        "frm": ("Roberto Bianchi", "r.bianchi@fonderiegalli.example.com"),
        "subject": "Invitation to technical interview", "date": "Thu, 19 Mar 2026 11:25:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Good morning Kim,

following the screening of your CV we are glad to invite you to a technical interview for the role of Process Engineer in our foundry of Modena.

The interview will be held in video-call (Google Meet) on Tuesday 24/03 at 10:30 italian time, with me and Ing. Ferrara, responsible of production. It will last about one hour and it will be in English.

Please confirm us your presence answering to this mail.

Best regards
Roberto Bianchi
HR Specialist - Fonderie Galli S.r.l.
Tel. +39 059 000 111
""",
    },
    {
        "slug": "aussie_keen_for_chat", "kind": K, "lang": "en", "company": "Coastline Water",
        "contact": "jack.murray@coastlinewater.example.com",
        "frm": ("Jack Murray", "jack.murray@coastlinewater.example.com"),
        "subject": "G'day from Coastline Water", "date": "Fri, 20 Mar 2026 10:10:00 +1000",
        "text": """Hi Kim,

Thanks for putting your hand up for the Asset Planner role. We're keen to have a chat - it'd be a relaxed 30 min video call with me and Priya from the asset team, nothing too formal.

Are you around Tuesday arvo (2-4pm AEST) or Wednesday morning? Flick me a reply and I'll send through a Teams link.

Cheers,
Jack Murray
Talent Acquisition, Coastline Water
""",
    },
    {
        "slug": "linkedin_style_relay_screen", "kind": K, "lang": "en", "company": "Fenwick Distribution",
        "contact": "",
        "frm": ("Ravi Menon via Hirelink", "messages-noreply@hirelink.example.com"),
        "subject": "Ravi Menon sent you a message", "date": "Mon, 23 Mar 2026 14:55:00 +0000",
        "hdrs": [("X-Hirelink-Type", "member_message")],
        "fmt": "alt", "html_style": "table",
        "text": """Ravi Menon
Talent Partner at Fenwick Distribution

"Hi Kim, thanks for applying to the Warehouse Systems Lead role at Fenwick. I'd like to set up a 30-minute phone screen to go over your background and the role. Are you free Tuesday or Wednesday afternoon? Thanks, Ravi"

Reply on Hirelink: https://www.hirelink.example.com/messaging/thread/2-ZmE3

You are receiving messages from members you've connected with. Unsubscribe: https://www.hirelink.example.com/settings/notifications
Hirelink Corporation, 1000 Example Way, Sunnyvale CA
""",
    },
    {
        "slug": "google_calendar_invite", "kind": K, "lang": "en", "company": "Fjordline",
        "contact": "astrid.holm@fjordline.example.com",
        "frm": ("Astrid Holm", "astrid.holm@fjordline.example.com"),
        "hdrs": [("Sender", "Google Calendar <calendar-notification@google.com>")],
        "subject": "Invitation: Interview: Kim Novak / Fjordline - Fleet Data Analyst @ Thu 26 Mar 2026 10am - 11am (CET) (kim.novak@example.org)",
        "date": "Mon, 23 Mar 2026 16:02:11 +0000", "fmt": "alt", "html_style": "gmail",
        "text": """You have been invited to the following event.

Interview: Kim Novak / Fjordline - Fleet Data Analyst
When: Thursday 26 Mar 2026 10am - 11am (CET)
Joining info: meet.example.com/xyz-abcd-efg
Calendar: kim.novak@example.org
Who:
* astrid.holm@fjordline.example.com - organizer
* ole.berg@fjordline.example.com
* kim.novak@example.org

Hi Kim - looking forward to our conversation! Ole (Head of Fleet Ops) will join too. /Astrid

Going (kim.novak@example.org)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
""",
        "ics": {"start": "20260326T090000Z", "end": "20260326T100000Z", "uid": "5ph1k2l3m4n5o6p7q8r9s0@google.com",
                 "organizer": ("Astrid Holm", "astrid.holm@fjordline.example.com"),
                 "summary": "Interview: Kim Novak / Fjordline - Fleet Data Analyst", "location": "meet.example.com/xyz-abcd-efg"},
    },
    {
        "slug": "behoerde_vorstellungsgespraech", "kind": K, "lang": "de", "company": "Stadtverwaltung Kirchheim",
        "contact": "personalamt@kirchheim-stadt.test",
        "frm": ("Personalamt Stadt Kirchheim", "personalamt@kirchheim-stadt.test"),
        "subject": "Einladung zum Vorstellungsgespräch - Stellenausschreibung Nr. 07/2026", "date": "Tue, 24 Mar 2026 09:00:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

vielen Dank für Ihre Bewerbung auf die Stelle einer Sachbearbeiterin / eines Sachbearbeiters (m/w/d) im Fachbereich Digitalisierung (Entgeltgruppe 10 TVöD).

Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:

Termin: Donnerstag, 09.04.2026, 10:30 Uhr
Ort: Rathaus Kirchheim, Marktplatz 1, Sitzungszimmer 2.14

Der Auswahlkommission gehören neben der Fachbereichsleitung Vertreter/innen des Personalrats und die Gleichstellungsbeauftragte an. Bitte bestätigen Sie den Termin bis zum 31.03.2026 per E-Mail. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Maurer
Stadt Kirchheim - Personalamt
Tel. 07021 000-210
""",
    },
    {
        "slug": "startup_du_kennenlernen", "kind": K, "lang": "de", "company": "Frachtwerk",
        "contact": "tim@frachtwerk.example.com",
        "frm": ("Tim from Frachtwerk", "tim@frachtwerk.example.com"),
        "subject": "Lust auf ein erstes Kennenlernen? 👋", "date": "Wed, 25 Mar 2026 18:20:00 +0100",
        "text": """Hi Kim,

danke für deine Bewerbung als Product Ops Manager:in! Dein Profil hat uns richtig gut gefallen.

Hast du Lust auf ein erstes, lockeres Kennenlernen (30 Min, per Video)? Buch dir einfach einen Slot, der dir passt: https://cal.example.com/frachtwerk/kennenlernen

Bis bald!
Tim
Co-Founder @ Frachtwerk - wir digitalisieren den Mittelstand-Versand
""",
    },
    {
        "slug": "bilingual_de_en_interview", "kind": K, "lang": "de", "company": "Auer Logistik",
        "contact": "n.ozturk@auer-logistik.example.com",
        "frm": ("Nilay Öztürk", "n.ozturk@auer-logistik.example.com"),
        "subject": "Einladung / Invitation: Gespräch Teamleitung Lager", "date": "Thu, 26 Mar 2026 12:12:00 +0100",
        "fmt": "alt", "html_style": "outlook",
        "text": """Liebe Kim,

vielen Dank für Ihre Bewerbung. Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Gespräch am Montag, 6. April, um 13:00 Uhr an unseren Standort in Augsburg ein. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Dear Kim,

Thank you for your application. We would like to meet you in person and invite you to an interview on Monday, 6 April, at 1 pm at our site in Augsburg. Please let me know whether this works for you.

Viele Grüße / Best regards
Nilay Öztürk
Recruiting | Auer Logistik GmbH
""",
    },
    {
        "slug": "agentur_telefoninterview", "kind": K, "lang": "de", "company": "Brauerei Aschbach",
        "contact": "f.weiss@kopfjaeger-personal.example.com",
        "frm": ("Felix Weiß | KopfJäger Personal", "f.weiss@kopfjaeger-personal.example.com"),
        "subject": "Telefoninterview für Ihre Bewerbung bei Brauerei Aschbach", "date": "Fri, 27 Mar 2026 10:40:00 +0100",
        "text": """Hallo Frau Novak,

wie eben am Telefon angekündigt: unser Mandant, die Brauerei Aschbach, möchte Sie gern im Rahmen eines Telefoninterviews für die Position Qualitätsmanagerin (m/w/d) kennenlernen.

Vorgeschlagen sind Dienstag, 31.03., 11 Uhr oder Mittwoch, 01.04., 15 Uhr. Gesprächspartner ist der Produktionsleiter, Herr Kessler. Passt Ihnen einer der Termine?

Viele Grüße
Felix Weiß
Senior Personalberater
KopfJäger Personal GmbH · Nürnberg · Tel. 0911 000 4477
""",
    },
    {
        "slug": "rencontre_formelle", "kind": K, "lang": "fr", "company": "Transports Moreau",
        "contact": "s.leroy@transports-moreau.example.com",
        "frm": ("Sophie Leroy", "s.leroy@transports-moreau.example.com"),
        "subject": "Votre candidature - Responsable d'exploitation", "date": "Mon, 30 Mar 2026 09:35:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Madame Novak,

Votre candidature au poste de Responsable d'exploitation a retenu toute notre attention et nous souhaiterions vous rencontrer afin d'échanger sur votre parcours et vos motivations.

Seriez-vous disponible le jeudi 9 avril à 14h00 dans nos locaux de Lyon (Zone Industrielle Nord, bâtiment C) ? L'entretien se déroulera en présence de M. Dubois, Directeur régional.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Leroy
Responsable Ressources Humaines
Transports Moreau SAS
""",
    },
    {
        "slug": "petite_boite_call", "kind": K, "lang": "fr", "company": "Cerise & Co",
        "contact": "alex@cerise-co.example.fr.test",
        "frm": ("Alex Bertin", "alex@cerise-co.example.fr.test"),
        "subject": "ta candidature :)", "date": "Tue, 31 Mar 2026 21:05:00 +0200",
        "text": """Hello Kim,

Merci pour ta candidature pour le poste de community manager ! On a adoré ton portfolio.

Tu serais dispo pour un petit call cette semaine ? Genre jeudi en fin de journée ou vendredi matin ? 20-30 min, juste pour faire connaissance et te présenter l'équipe (on est 6 lol).

À très vite,
Alex
Cerise & Co - boutique de céramique, Bordeaux
""",
    },
    {
        "slug": "ats_entretien_visio", "kind": K, "lang": "fr", "company": "Groupe Verdier",
        "contact": "",
        "frm": ("Groupe Verdier Recrutement", "ne-pas-repondre@groupe-verdier.example.com"),
        "subject": "Invitation à un entretien visio - Contrôleur de gestion industriel", "date": "Wed, 01 Apr 2026 08:00:00 +0200",
        "fmt": "html", "cte": "base64",
        "html": """<html><body><table width="600" align="center" style="font-family:Verdana;font-size:12px">
<tr><td style="background:#004b87;color:#fff;padding:12px"><img alt="Groupe Verdier" src="https://cdn.groupe-verdier.example.com/logo.png"></td></tr>
<tr><td style="padding:18px">Bonjour Kim,<br><br>Nous avons le plaisir de vous proposer un entretien en visioconférence pour le poste de <b>Contrôleur de gestion industriel (H/F)</b> – site de Reims.<br><br>
Merci de choisir le créneau qui vous convient via le lien ci-dessous :<br><br>
<a href="https://recrutement.groupe-verdier.example.com/planifier?c=88213">Choisir un créneau</a><br><br>
Cordialement,<br>L'équipe Recrutement – Groupe Verdier</td></tr>
<tr><td style="font-size:10px;color:#777;padding:8px">Merci de ne pas répondre à ce message automatique.</td></tr></table></body></html>
""",
    },
    {
        "slug": "entrevista_formal_ics", "kind": K, "lang": "es", "company": "Seguros Almendro",
        "contact": "m.ortega@segurosalmendro.example.com",
        "frm": ("Marta Ortega", "m.ortega@segurosalmendro.example.com"),
        "subject": "Convocatoria a entrevista - Analista Actuarial", "date": "Thu, 02 Apr 2026 10:00:00 +0200",
        "text": """Estimada Kim:

Nos complace comunicarle que ha superado la fase de preselección para el puesto de Analista Actuarial. Nos gustaría invitarle a una entrevista con el responsable del área, D. Luis Carrasco.

Fecha: martes 14 de abril de 2026
Hora: 11:00 (hora peninsular)
Lugar: Teams (le adjuntamos la convocatoria)

Le rogamos que confirme su asistencia respondiendo a este correo.

Un cordial saludo,
Marta Ortega
Técnico de Selección - Seguros Almendro
""",
        "ics": {"start": "20260414T090000Z", "end": "20260414T100000Z", "uid": "almendro-entrevista-0414-kn@segurosalmendro.example.com",
                 "organizer": ("Marta Ortega", "m.ortega@segurosalmendro.example.com"),
                 "summary": "Entrevista - Kim Novak - Analista Actuarial", "location": "Microsoft Teams",
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "slug": "mexico_tendrias_chance", "kind": K, "lang": "es", "company": "Cacao Norte",
        "contact": "diego@cacaonorte.example.com",
        "frm": ("Diego Salas", "diego@cacaonorte.example.com"),
        "subject": "Hola Kim - vacante coordinador(a) de logística", "date": "Fri, 03 Apr 2026 13:30:00 -0600",
        "text": """Hola Kim, qué tal!

Vimos tu CV para la vacante de coordinador(a) de logística y nos late mucho tu experiencia con exportaciones. ¿Tendrías chance de una llamada el lunes o martes para platicar? Unos 30 minutos, por Zoom o teléfono, como prefieras.

Quedo al pendiente!
Diego
Cacao Norte · Oaxaca
""",
    },
    {
        "slug": "ong_siguiente_fase", "kind": K, "lang": "es", "company": "Fundación Semillas",
        "contact": "rrhh@fundacionsemillas.example.org",
        "frm": ("RRHH Fundación Semillas", "rrhh@fundacionsemillas.example.org"),
        "subject": "Siguiente fase del proceso - Técnico/a de proyectos", "date": "Mon, 06 Apr 2026 09:15:00 +0200",
        "fmt": "alt", "html_style": "gmail",
        "text": """Hola Kim,

¡Gracias por tu candidatura! Nos alegra contarte que has pasado a la siguiente fase del proceso para el puesto de Técnico/a de proyectos de cooperación.

La siguiente fase es una entrevista por videollamada de unos 45 minutos con la coordinadora de proyectos y una persona del equipo de Bolivia. Puedes reservar el hueco que mejor te venga aquí: https://agenda.example.org/semillas/entrevistas

Un saludo,
Equipo de Personas - Fundación Semillas
""",
    },
]
