"""Corpus 240, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from __future__ import annotations

from msgs240_common import (
    ME,
    ats_card,
    button,
    mso,
    outlook_html,
    paras,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

ORLA = ("Orla Keane", "orla.keane@noredairies.example.ie")
AOIFE = ("Aoife Brennan", "aoife.brennan@leeharbour.example.ie")
JONAS = ("Jonas Weidinger", "jonas@nordlicht-labs.example.de")
CIARAN = ("Ciarán Ó Murchú", "ciaran@greenhollow.example.ie")
NIAMH = ("Niamh Fogarty", "niamh@harvesttalent.example.ie")
GRAINNE = ("Gráinne Moran", "g.moran@slu.example.ie")

NIAMH_SIG = """Niamh Fogarty
Senior Consultant, Food & Beverage
Harvest Talent Partners
14 Fenian Street, Dublin 2, D02 X285
+353 1 660 4417"""

ORLA_SIG = """Orla Keane
HR Officer | Nore Valley Dairies
Bennettsbridge Road, Kilkenny R95 T6C2
T: +353 56 779 3100 | M: +353 86 220 4471"""

# ================================================================== interview_invitation

_t = f"""Hi Desmond,

Thanks for applying for the Product Development Technologist role. Our NPD Manager, Fiachra Bolger, and I would like to invite you to an interview at our Bennettsbridge Road site.

Date: Tuesday 24 February
Time: 10:30 - 11:30
Where: Main reception, Nore Valley Dairies, Bennettsbridge Road, Kilkenny

The first half will be a conversation about your experience; for the second half Fiachra will bring you into the pilot kitchen and ask you to talk through how you would develop a high-protein yoghurt pot for the food-service channel. No need to prepare slides.

I've sent a calendar invitation with this email - please accept it or let me know if the time doesn't suit.

Kind regards,
{ORLA_SIG}"""
add(dict(
    kind="interview_invitation", slug="norevalley_outlook_calendar_request", lang="en",
    company="Nore Valley Dairies", contact="from", key="nvd_inv",
    frm=ORLA, subject="Interview invitation - Product Development Technologist",
    date="2026-02-17 09:40",
    headers=[("Thread-Topic", "Interview invitation - Product Development Technologist")],
    text=_t, html=outlook_html(mso(_t)),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-NVD-2026-0224",
             seq=0, start="2026-02-24 10:30", end="2026-02-24 11:30", tzid="Europe/Dublin",
             summary="Interview: Desmond Achterberg-Lyons - Product Development Technologist",
             location="Nore Valley Dairies, Bennettsbridge Road, Kilkenny",
             organizer=ORLA, attendees=[("Fiachra Bolger", "f.bolger@noredairies.example.ie")],
             mode="alt"),
))

add(dict(
    kind="interview_invitation", slug="harvest_sets_up_suirfoods", lang="en",
    company="Suir Foods", contact="from", key="ht_suir_inv",
    frm=NIAMH, subject="Suir Foods want to meet you!",
    date="2026-01-26 15:02",
    text=f"""Hi Desmond,

Good news - Suir Foods have read your CV and would like to meet you for the Development Chef role on their ready-meals line.

They've suggested Thursday 29th at 11:00 at their site on the Cork Road, Waterford (X91 KD20). It'll be with Brendan Walsh (Head of NPD) and someone from their technical team, about an hour, and they'll ask you to cook one of their existing lasagne recipes and tell them what you'd change.

Can you confirm by tomorrow lunchtime whether that works? If not, give me two or three alternatives that week and I'll go back to them.

Best,
{NIAMH_SIG}""",
))

_t = """Hi Desmond,

Thanks for your interest in the NPD Chef position at Lee Harbour Provisions! We'd like to invite you to a video interview with the hiring team.

Please use the link below to choose a time that suits you. The interview will last about 45 minutes on Microsoft Teams and will be with me and our Head of Culinary, Donncha Kiely.

If none of the times suit, just reply to this email and I'll find something else.

Looking forward to speaking with you,

Aoife Brennan
Talent Acquisition Partner, Lee Harbour Provisions"""
add(dict(
    kind="interview_invitation", slug="leeharbour_greenhouse_scheduling_link", lang="en",
    company="Lee Harbour Provisions", contact="reply", key="lh_inv",
    frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=AOIFE, tz="-0400",
    subject="Interview availability: NPD Chef at Lee Harbour Provisions",
    date="2026-03-16 06:31",
    text=_t + "\n\nPick a time: https://app.greenhouse.io/scheduler/av/7f3c2e91-lhp-npd",
    html=ats_card("Lee Harbour Provisions", "#14532d",
                  paras(_t) + button("Pick a time",
                                     "https://app.greenhouse.io/scheduler/av/7f3c2e91-lhp-npd"),
                  "Sent via Greenhouse."),
))

add(dict(
    kind="interview_invitation", slug="nordlicht_casual_thursday_chat", lang="en",
    company="Nordlicht Food Labs", contact="from", key="nl_inv",
    frm=JONAS, tz="cet",
    subject="Quick chat on Thursday?", date="2026-06-09 14:03",
    text="""Hi Desmond,

Would you be around on Thursday afternoon for a quick video chat? Nothing formal, just me and Lena from the kitchen team, maybe 30 minutes. We'd love to hear how you think about taking a dish from the pass to a pack.

Anything between 14:00 and 17:00 our time (so 13:00-16:00 in Ireland) works. Just send me a time and I'll fire over a Google Meet link.

Jonas

--
Jonas Weidinger
Co-founder & Head of Product
Nordlicht Food Labs | Tumblingerstr. 12, 80337 München""",
))

_t = """Hi Desmond,

Thanks for coming in for the chat last week - we'd love to see you cook.

Would you be up for a paid trial day with us on Tuesday 14 July? Start at 8:00 sharp at the test kitchen (Unit 3, Smithfield Square, Dublin 7), finish around 16:00. You'll be working on our autumn soup range alongside Saoirse and me, and at 15:00 we'll do a tasting with the client's category buyer.

Bring whites, a knife roll and comfortable shoes. We'll pay €180 for the day.

Can you reply to confirm?

Ciarán

Ciarán Ó Murchú
Head Chef & Founder, Greenhollow Test Kitchen
Unit 3, Smithfield Square, Dublin 7, D07 F2X4
+353 1 872 0934"""
add(dict(
    kind="interview_invitation", slug="greenhollow_paid_trial_day", lang="en",
    company="Greenhollow Test Kitchen", contact="from", key="gh_inv",
    frm=CIARAN, frm_cs=("iso-8859-1", "q"),
    subject="Trial day - Tuesday 14th?", date="2026-07-06 21:15",
    text=_t, html=f"<html><body style=\"font-family:Verdana\">{paras(_t)}</body></html>",
    cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", slug="slu_panel_interview_ics_attachment", lang="en",
    company="South Leinster University", contact="from", key="slu_inv",
    frm=GRAINNE,
    subject="Invitation to interview: Research Chef, Food Innovation Centre (SLU-26-0142)",
    date="2026-05-06 12:00",
    text="""Dear Mr Achterberg-Lyons,

Research Chef, Food Innovation Centre (Ref: SLU-26-0142)

I am pleased to inform you that you have been shortlisted for interview for the above post.

Your interview will take place on Wednesday 13 May 2026 at 14:00 in Room B2.14, Barrow Building, Kilkenny Road Campus, Carlow. The interview board will comprise:

  - Prof. Eamon Tierney, Head of School of Food Science (Chair)
  - Dr Clodagh Rafter, Director, Food Innovation Centre
  - Mr Stephen Ruane, external assessor

As part of the interview you are asked to give a 10-minute presentation on the following topic: "How can a research kitchen help small Irish food producers bring a new product to market within six months?" Please bring your presentation on a USB key in PowerPoint or PDF format.

Please confirm your attendance by replying to this email by Friday 8 May. A calendar file is attached for your convenience.

If you require any reasonable accommodation at interview, please let me know in confidence.

Yours sincerely,

Gráinne Moran
Recruitment Officer, Human Resources
South Leinster University
Kilkenny Road Campus, Carlow R93 V960
Tel: +353 59 917 5000 ext. 4412""",
    ics=dict(method="REQUEST", uid="slu-26-0142-interview-achterberg-lyons@slu.example.ie",
             seq=0, start="2026-05-13 14:00", end="2026-05-13 14:45", tzid="Europe/Dublin",
             summary="Interview - Research Chef (SLU-26-0142)",
             location="Room B2.14, Barrow Building, Kilkenny Road Campus, Carlow",
             organizer=GRAINNE, mode="attach", filename="SLU-26-0142-interview.ics",
             prodid="-//South Leinster University//HR Scheduling//EN"),
))

add(dict(
    kind="interview_invitation", slug="blackwater_phone_screen_ask", lang="en",
    company="Blackwater Ready Meals", contact="from", key="bw_inv",
    frm=("Ger Hanlon", "ger.hanlon@blackwatermeals.example.ie"),
    subject="Your application - Development Chef", date="2026-02-10 11:22",
    text="""Hi Desmond,

Thanks for sending on your CV for the Development Chef job in Mallow. I'd like to have a quick phone conversation with you first, 20 minutes or so, to go through the role, the shift pattern and your salary expectations, before we look at bringing you in.

Would Friday the 13th at 10am suit? I'll ring you on the mobile number on your CV (087 412 9086) unless you tell me otherwise.

Regards,
Ger Hanlon
Talent Manager
Blackwater Ready Meals, Annabella Industrial Estate, Mallow, Co. Cork
022 58 114""",
))

add(dict(
    kind="interview_invitation", slug="harvest_dunmore_teams_interview", lang="en",
    company="Dunmore Snacks", contact="from", key="ht_dun_inv",
    frm=NIAMH, subject="Dunmore Snacks - first interview Thursday",
    date="2026-08-03 10:47",
    text=f"""Morning Desmond,

Hope you had a good bank holiday weekend.

Dunmore Snacks came back to me on Friday evening and they'd like to do a first interview with you for the Innovation Chef role. Details:

When: Thursday 6 August, 11:00-11:45
How: Microsoft Teams (link below)
Who: Clíona Barry, Innovation Director, and Pat Hearne from their Waterford plant

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_DunmoreSnacks-npd-0806

They'll want to hear about your approach to flavour development for crisps and extruded snacks - have a think about the seasonings you've worked with.

Let me know you've got this!

{NIAMH_SIG}""",
))

_t = """Liffeyside Retail Group

Dear Desmond,

Food Development Chef (Req 3391)

Congratulations! Following a review of your application, we are delighted to invite you to our assessment centre.

Date: Thursday 27 August 2026
Time: 09:00 - 15:30
Venue: Liffeyside Support Centre, Block C, Parkwest Business Park, Dublin 12

The day will include a group exercise, a practical cookery task in our development kitchen, a short written exercise on product specifications and an interview with two members of the Food Development team. Lunch will be provided.

Please confirm your place by clicking the button below by Monday 24 August. Unfortunately we are unable to reimburse travel expenses for the assessment centre.

Liffeyside Retail Group Recruitment"""
add(dict(
    kind="interview_invitation", slug="liffeyside_icims_assessment_centre", lang="en",
    company="Liffeyside Retail Group", contact="", key="lf_inv",
    frm=("Liffeyside Retail Group", "liffeyside-careers@icims.com"), tz="-0400",
    subject="Invitation: Assessment Centre – Food Development Chef (Req 3391)",
    date="2026-08-20 04:02",
    html=ats_card("Liffeyside Retail Group", "#9d174d",
                  paras(_t) + button("Confirm my place",
                                     "https://careers-liffeyside.icims.com/jobs/3391/confirm"),
                  "This message was sent by iCIMS on behalf of Liffeyside Retail Group."),
))

add(dict(
    kind="interview_invitation", slug="copperpot_cook_off_invite", lang="en",
    company="Copperpot Plant Foods", contact="from", key="cp_inv", parent="cp_ack",
    frm=("Ruth Kinsella", "ruth@copperpot.example.ie"),
    subject="Cook-off next Tuesday", date="2026-03-30 17:58",
    text="""Hi Desmond,

Fancy coming in to cook with us next Tuesday (7th)? We're down to two people for the Development Chef job and rather than another round of interviews we'd like to see you both in the kitchen.

The brief: a plant-based main for the chilled aisle that could sell at €6.50, made with stuff from our pantry plus anything you want to bring. 10:00 to 14:00 at our unit in Ballymount. Tom (our CEO) and I will taste and chat with you over lunch.

Let me know if that works!

Ruth Kinsella
Product Lead, Copperpot Plant Foods
Unit 12, Ballymount Cross, Dublin 24""",
))

_t = """Hi Desmond,

Dara Coakley from Kinsale Fermentary would like to set up an interview with you for the Fermentation Development Chef role.

The interview is a 45-minute video call with Dara (Head of Kitchen) and Siobhán Lane (Brewing Lead). Please pick a slot that suits you using the link below. You can reply to this email if you have questions; it goes straight to Dara.

Thanks,
Kinsale Fermentary"""
add(dict(
    kind="interview_invitation", slug="kinsale_lever_booking_link", lang="en",
    company="Kinsale Fermentary", contact="reply", key="kf_inv",
    frm=("Kinsale Fermentary", "no-reply@hire.lever.co"),
    reply_to=("Dara Coakley", "dara@kinsaleferment.example.ie"), tz="-0700",
    subject="Schedule your interview with Kinsale Fermentary", date="2026-07-08 02:40",
    text=_t + "\n\nBook a time: https://hire.lever.co/interviews/schedule/c9a4e1kf",
    html=ats_card("Kinsale Fermentary", "#7c2d12",
                  paras(_t) + button("Book a time",
                                     "https://hire.lever.co/interviews/schedule/c9a4e1kf"),
                  "Kinsale Fermentary uses Lever to manage its hiring."),
))

add(dict(
    kind="interview_invitation", slug="tablefolk_arranges_verdura_video", lang="en",
    company="Verdura Foods", contact="from", key="vd_inv",
    frm=("Amelia Rourke", "amelia@tablefolk.example.com"), tz="+0100",
    cc=[("Matthias Brandl", "m.brandl@verdura.example.de")],
    subject="Introduction: Verdura Foods x Desmond - video interview Thursday",
    date="2026-07-27 09:05",
    text="""Matthias, Desmond - introducing you both as promised.

Matthias leads product development at Verdura Foods in Munich and is hiring a Development Chef for their vegetable-based spreads and dips. Desmond is the Kilkenny-trained chef I told you about, Matthias, who has been moving into product development and has a great eye for seasonality.

Matthias has suggested a video interview on Thursday 30 July at 16:00 Munich time (15:00 Irish time) on Zoom. Desmond, could you confirm directly to Matthias with me in copy? He'll send the calendar invite.

Good luck to you both!

Amelia Rourke
Partner, Tablefolk Search
+44 20 7946 0331 | +353 1 555 0142
tablefolk.example.com""",
))

add(dict(
    kind="interview_invitation", slug="marlowfinch_unnamed_client_interview", lang="en",
    company="Marlow & Finch", contact="from", key="mf_inv",
    frm=("Conor Twomey", "conor.twomey@marlowfinch.example.ie"),
    subject="Interview with my client - Thursday 18th", date="2026-06-15 12:36",
    text="""Hi Desmond,

Glad we finally got to speak last Wednesday after the missed call!

I've shared your profile (anonymised, as discussed) with my client, a well-established dairy business in North Cork, and they'd like to interview you for the Product Development Chef role.

Thursday 18 June at 2:30pm, at their offices - I'll send you the address and the hiring manager's name once you confirm, as they're keeping the search confidential for now. Plan for about an hour and a half including a walk around the plant.

Can you drop me a line to confirm?

Conor Twomey | Principal Consultant
Marlow & Finch Recruitment
2 Lapps Quay, Cork T12 RW7D | +353 21 427 8810""",
))

add(dict(
    kind="interview_invitation", slug="hookhead_teams_interview", lang="en",
    company="Hookhead Seafood Kitchen", contact="from", key="hh_inv",
    frm=("Máire Ní Fhaoláin", "maire@hookhead.example.ie"), frm_cs=("utf-8", "q"),
    subject="Seafood Product Developer - interview", date="2026-07-22 16:10",
    text="""Dear Desmond,

Thank you for your application for the Seafood Product Developer post. Seán Power (our founder) and I would like to invite you to an interview on Microsoft Teams on Wednesday 29 July at 10:00.

Meeting link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_hookhead-spd-0729
Meeting ID: 381 226 904 117
Passcode: Hk7tQ2

Please have a think about a new chilled product we could make from the by-catch we get from the Dunmore East boats.

Kind regards,
Máire Ní Fhaoláin
Operations Manager, Hookhead Seafood Kitchen
+353 51 382 714""",
))

add(dict(
    kind="interview_invitation", slug="comeragh_phone_screen", lang="en",
    company="Comeragh Kitchens", contact="from", key="ck_inv",
    frm=("Lorcan Walsh", "lorcan.walsh@comeragh.example.ie"),
    subject="Development Chef - phone screen", date="2026-10-05 09:14",
    text="""Hello Desmond,

I'm the hiring manager for the Development Chef role you applied to through our careers page. I'd like to do a short phone screen with you before we arrange anything in person.

Does Thursday 8 October at 10:00 work? I'll call the number you gave on the application form. It'll take about 25 minutes.

Thanks,
Lorcan Walsh
Kitchen Operations Manager
Comeragh Kitchens, Kilmacthomas, Co. Waterford
+353 51 294 661""",
))

add(dict(
    kind="interview_invitation", slug="isarmuehle_einladung_ics", lang="de",
    company="Isarmühle Backwaren", contact="from", key="isar_inv",
    frm=("Katrin Obermaier", "k.obermaier@isarmuehle.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Produktentwickler/in Backwaren",
    date="2026-04-20 10:45",
    text="""Sehr geehrter Herr Achterberg-Lyons,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Isarmühle.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 28. April 2026, 10:00 Uhr
Ort: Isarmühle Backwaren, Lilienstraße 40, 81669 München (bitte am Empfang melden)
Gesprächspartner: Herr Florian Aschenbrenner (Leitung Produktentwicklung) und ich

Im Anschluss an das Gespräch zeigen wir Ihnen gerne unsere Backstube. Das Gespräch kann auf Englisch geführt werden.

Bitte bestätigen Sie den Termin kurz per E-Mail. Eine Kalenderdatei finden Sie im Anhang.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isarmühle Backwaren GmbH & Co. KG
Lilienstraße 40 · 81669 München
Tel. +49 89 4480 2215""",
    ics=dict(method="REQUEST", uid="isar-vg-20260428-dal@isarmuehle.example.de", seq=0,
             start="2026-04-28 10:00", end="2026-04-28 11:30", tzid="Europe/Berlin",
             summary="Vorstellungsgespräch Produktentwickler/in Backwaren",
             location="Isarmühle Backwaren, Lilienstraße 40, 81669 München",
             organizer=("Katrin Obermaier", "k.obermaier@isarmuehle.example.de"),
             mode="attach", filename="Einladung.ics"),
))

add(dict(
    kind="interview_invitation", slug="ammersee_softgarden_einladung", lang="de",
    company="Molkerei Ammersee", contact="reply", key="am_inv",
    frm=("Jürgen Haslbeck über softgarden", "noreply@softgarden.io"),
    reply_to=("Jürgen Haslbeck", "j.haslbeck@molkerei-ammersee.example.de"),
    subject="Einladung: Gespräch bei der Molkerei Ammersee", date="2026-06-16 08:12",
    html=ats_card("Molkerei Ammersee", "#1d4ed8", paras("""Guten Tag Herr Achterberg-Lyons,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Stelle „Produktentwickler (m/w/d) Milchfrischprodukte“ einzuladen.

Wann: Mittwoch, 24. Juni 2026, 13:30 Uhr
Wo: Molkerei Ammersee eG, Seestraße 7, 86911 Dießen am Ammersee

Mit dabei sind Frau Veronika Zankl (Qualitätssicherung) und ich. Bitte planen Sie etwa zwei Stunden ein, inklusive einer kleinen Verkostung.

Bitte bestätigen Sie den Termin über den Button oder antworten Sie direkt auf diese E-Mail.

Viele Grüße
Jürgen Haslbeck
Leiter Produktentwicklung""") + button("Termin bestätigen",
                                            "https://molkerei-ammersee.softgarden.io/confirm/88213"),
        "Versendet über softgarden im Auftrag der Molkerei Ammersee eG."),
))

add(dict(
    kind="interview_invitation", slug="kessler_kundentermin_alpenkost", lang="de",
    company="Alpenkost Feinkost", contact="from", key="kp_alp_inv", parent="kp_reg",
    frm=("Dr. Anja Kessler", "a.kessler@kessler-personal.example.de"),
    subject="Vorstellung bei Alpenkost Feinkost – Terminvorschlag", date="2026-08-11 14:25",
    text="""Sehr geehrter Herr Achterberg-Lyons,

ich freue mich, Ihnen mitteilen zu können, dass unser Mandant, die Alpenkost Feinkost in München-Pasing, Sie gerne kennenlernen möchte.

Der Geschäftsführer, Herr Korbinian Stadler, schlägt folgenden Termin vor:
Freitag, 14. August 2026, 11:00 Uhr, per Videokonferenz (Microsoft Teams).

Es geht um die Position „Entwicklungskoch (m/w/d) Feinkostsalate und Saucen“. Das Gespräch findet auf Englisch statt; Herr Stadler möchte gern über Ihre Erfahrungen mit Rezepturen für den Handel sprechen.

Bitte geben Sie mir bis morgen Bescheid, ob Ihnen der Termin passt. Den Einladungslink schicke ich Ihnen danach.

Mit besten Grüßen
Dr. Anja Kessler
Kessler Personalberatung
Prinzregentenstraße 22, 80538 München
Tel.: +49 89 2155 7730""",
))

add(dict(
    kind="interview_invitation", slug="gutschmeck_probearbeiten", lang="de",
    company="Gutschmeck Labor", contact="from", key="gut_inv",
    frm=("Tobias Reindl", "reindl@gutschmeck.example.de"),
    subject="Probearbeiten am 12.08.", date="2026-08-05 22:40",
    text="""Hi Desmond,

danke für das nette Telefonat! Wie besprochen würden wir dich gern einen Tag in der Versuchsküche sehen – Probearbeiten am Mittwoch, 12. August, ab 7 Uhr bis ca. 15 Uhr.

Bring bitte Kochjacke, Messer und Sicherheitsschuhe mit. Wir arbeiten gerade an Fertiggerichten für eine Bio-Handelsmarke, da kannst du gleich mitmachen. Die Sprache in der Küche ist meistens Deutsch, aber wir kommen auch auf Englisch zurecht.

Passt dir das? Kurze Antwort reicht.

Servus
Tobias

--
Tobias Reindl · Küchenchef Versuchsküche
Gutschmeck Labor · Landsberger Str. 155 · 80687 München
+49 89 5790 4412""",
))

add(dict(
    kind="interview_invitation", slug="vilaine_teamtailor_visio", lang="fr",
    company="Laiterie de la Vilaine", contact="reply", key="lv_inv",
    frm=("Maëlle Guillou via Teamtailor", "no-reply@teamtailor-mail.com"), frm_cs=("utf-8", "q"),
    reply_to=("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr"),
    subject="Invitation à un entretien – Chef de projet développement produits laitiers",
    subj_cs=("utf-8", "b"), date="2026-03-12 14:48",
    text="""Bonjour Desmond,

Merci pour votre candidature au poste de chef de projet développement produits laitiers.

Nous serions ravis d'échanger avec vous lors d'un premier entretien en visioconférence :

- Date : jeudi 19 mars 2026
- Heure : 10h00 (heure de Paris), soit 9h00 en Irlande
- Durée : 45 minutes environ
- Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_vilaine-cpdpl-0319

Vous échangerez avec Yann Le Goff, responsable R&D, et moi-même. L'entretien peut se dérouler en anglais si vous le préférez.

Merci de confirmer votre présence en répondant à ce message.

Belle journée,
Maëlle Guillou
Chargée de recrutement – Laiterie de la Vilaine""",
))

_t = """Bonjour Monsieur Achterberg-Lyons,

Suite à votre candidature au poste de Responsable développement culinaire, nous avons le plaisir de vous convier à une journée d'évaluation sur notre site de Vitré.

Jeudi 3 septembre 2026, de 9h00 à 16h00
Biscuiterie Kerandel – ZI de la Baratière, 35500 Vitré

Au programme : présentation de l'entreprise, mise en situation en atelier pilote (création d'un biscuit salé apéritif), étude de cas sur un cahier des charges client, puis entretien individuel avec la direction industrielle.

Le déjeuner est pris en charge. Une invitation est jointe à ce message pour votre agenda.

Dans l'attente de vous rencontrer,

Soizic Le Bihan
Responsable Ressources Humaines
Biscuiterie Kerandel
ZI de la Baratière – 35500 Vitré – 02 99 75 21 30"""
add(dict(
    kind="interview_invitation", slug="kerandel_journee_evaluation", lang="fr",
    company="Biscuiterie Kerandel", contact="from", key="ker_inv",
    frm=("Soizic Le Bihan", "s.lebihan@kerandel.example.fr"),
    subject="Convocation – journée d'évaluation du 3 septembre", date="2026-08-24 11:30",
    text=_t, html=outlook_html(mso(_t), "fr"),
    ics=dict(method="REQUEST", uid="KER-EVAL-20260903-DAL", seq=0,
             start="2026-09-03 09:00", end="2026-09-03 16:00", tzid="Europe/Paris",
             summary="Journée d'évaluation – Biscuiterie Kerandel",
             location="Biscuiterie Kerandel, ZI de la Baratière, 35500 Vitré",
             organizer=("Soizic Le Bihan", "s.lebihan@kerandel.example.fr"), mode="alt"),
))

add(dict(
    kind="interview_invitation", slug="portanne_entretien_telephonique", lang="fr",
    company="Maison Portanne", contact="from", key="por_inv",
    frm=("Bénédicte Portanne", "benedicte@portanne.example.fr"),
    subject="Votre candidature – chef développement", date="2026-06-01 18:20",
    text="""Bonjour Desmond,

J'ai bien lu votre lettre et votre parcours me plaît beaucoup : un cuisinier qui veut passer au développement produit, c'est exactement ce qu'il nous faut pour lancer notre gamme de plats traiteur en bocaux.

Je vous propose un premier échange téléphonique vendredi 5 juin à 17h (16h chez vous). Je vous appellerai au numéro indiqué sur votre CV. Si cela ne vous convient pas, proposez-moi un autre moment.

À vendredi, j'espère !

Bénédicte Portanne
Maison Portanne Traiteur – Rennes""",
))

add(dict(
    kind="interview_invitation", slug="lenoir_rdv_client_broceliande", lang="fr",
    company="Galettes Brocéliande", contact="from", key="lc_gb_inv", parent="lc_reg",
    frm=("Thomas Lenoir", "t.lenoir@lenoir-conseil.example.fr"),
    subject="Rendez-vous chez Galettes Brocéliande", date="2026-08-27 16:40",
    text="""Bonjour Desmond,

Bonne nouvelle : Galettes Brocéliande, dont je vous ai parlé au téléphone, souhaite vous rencontrer pour le poste de responsable développement produits.

Le rendez-vous est fixé au mercredi 2 septembre à 14h30 dans leurs locaux de Montauban-de-Bretagne, avec Mme Hélène Rouxel, directrice industrielle. Prévoyez environ deux heures : entretien, visite de l'usine et dégustation de la gamme actuelle.

Je vous appelle demain pour vous briefer sur l'entreprise et ses attentes.

Bien à vous,

Thomas Lenoir
Consultant associé – Cabinet Lenoir Conseil
3 place de Bretagne, 35000 Rennes – 02 23 40 18 55""",
))

add(dict(
    kind="interview_invitation", slug="arriaga_entrevista_presencial_ics", lang="es",
    company="Conservas Arriaga", contact="from", key="arr_inv",
    frm=("Iker Zubizarreta", "iker.zubizarreta@arriaga.example.es"),
    subject="Entrevista – Técnico/a de I+D de producto", date="2026-05-14 12:05",
    text="""Hola Desmond:

Gracias por tu candidatura. Nos ha gustado mucho tu experiencia en cocina de temporada y queremos conocerte en persona.

Te proponemos una entrevista el jueves 21 de mayo a las 10:00 en nuestras oficinas de Zorrotzaurre (Calle Ribera de Deusto 70, Bilbao). Estaremos Amaia Goikoetxea, directora de calidad, y yo. Después visitaremos la planta piloto; trae calzado cerrado.

Te adjunto la convocatoria para tu calendario. Si la fecha no te va bien, dímelo y buscamos otra.

Un saludo,
Iker Zubizarreta
Responsable de I+D · Conservas Arriaga
Ribera de Deusto 70, 48014 Bilbao · +34 944 76 30 12""",
    ics=dict(method="REQUEST", uid="arriaga-entrevista-20260521@arriaga.example.es", seq=0,
             start="2026-05-21 10:00", end="2026-05-21 11:30", tzid="Europe/Madrid",
             summary="Entrevista Desmond Achterberg-Lyons – I+D producto",
             location="Conservas Arriaga, Ribera de Deusto 70, Bilbao",
             organizer=("Iker Zubizarreta", "iker.zubizarreta@arriaga.example.es"),
             attendees=[("Amaia Goikoetxea", "amaia.goikoetxea@arriaga.example.es")],
             mode="alt"),
))

add(dict(
    kind="interview_invitation", slug="talentonorte_entrevista_abando", lang="es",
    company="Centro Gastronómico Abando", contact="from", key="tn_abando_inv",
    parent="tn_ack",
    frm=("Leire Urrutia", "leire.urrutia@talentonorte.example.es"),
    subject="Entrevista Centro Gastronómico Abando", date="2026-09-14 10:02",
    html=outlook_html(mso("""Buenos días, Desmond:

Te escribo porque nuestro cliente, el Centro Gastronómico Abando, quiere entrevistarte para el puesto de Chef de Desarrollo en su cocina de pruebas.

Fecha: martes 22 de septiembre
Hora: 12:00
Lugar: Calle Colón de Larreategui 18, Bilbao (cocina de pruebas, segunda planta)
Con: Ander Solaun, director culinario

La entrevista incluye una prueba práctica de unos 40 minutos. Confírmame, por favor, si puedes asistir.

Un saludo,
Leire Urrutia
Consultora de Selección · Talento Norte Selección
Alameda Mazarredo 39, 48009 Bilbao · 944 23 71 50"""), "es-ES"),
    cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", slug="ibaizabal_charlar_el_jueves", lang="es",
    company="Txokolate Ibaizabal", contact="from", key="ibz_inv",
    frm=("Nerea Etxeberria", "nerea@ibaizabal.example.es"),
    subject="¿Te viene bien el jueves?", date="2026-05-18 17:33",
    text="""Hola Desmond:

He visto tu candidatura para el obrador y me ha picado la curiosidad: un chef irlandés que quiere hacer chocolate en Bilbao no se ve todos los días.

¿Te viene bien el jueves para charlar un rato por videollamada? Yo podría a las 11:00 (las 10:00 en Irlanda). Media hora, sin formalidades, para conocernos y contarte lo que estamos montando.

Dime algo y te paso el enlace.

Nerea
Txokolate Ibaizabal · Bilbao""",
))

# ================================================================== reschedule / cancel

_old = """Hi Orla,

Thank you - I'm delighted to accept. I'll see you and Fiachra at 10:30 on Tuesday 24th.

Best regards,
Desmond"""
_t = f"""Hi Desmond,

Apologies for the change. Fiachra has been called to a customer audit in Mitchelstown on Tuesday, so we need to move your interview.

NEW date and time: Thursday 26 February, 14:00 - 15:00, same place (main reception, Bennettsbridge Road).

I've updated the calendar invitation. Everything else stays as before. Could you let me know that the new time works for you?

Kind regards,
{ORLA_SIG}"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="norevalley_moved_sequence_bump", lang="en",
    company="Nore Valley Dairies", contact="from", key="nvd_move", parent="nvd_accept",
    frm=ORLA, subject="Updated: Interview - Product Development Technologist",
    date="2026-02-20 13:05",
    text=reply(_t, "en", "Tue, 17 Feb 2026 at 10:02", ME, _old),
    html=outlook_html(mso(_t) + '\n<div style="border-top:solid #E1E1E1 1.0pt">'
                      + mso("From: Desmond Achterberg-Lyons\nSent: Tuesday, February 17, 2026 10:02 AM\n\n" + _old)
                      + "</div>"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-NVD-2026-0224",
             seq=1, start="2026-02-26 14:00", end="2026-02-26 15:00", tzid="Europe/Dublin",
             summary="Interview: Desmond Achterberg-Lyons - Product Development Technologist",
             location="Nore Valley Dairies, Bennettsbridge Road, Kilkenny",
             organizer=ORLA, attendees=[("Fiachra Bolger", "f.bolger@noredairies.example.ie")],
             mode="alt"),
))

_old = """Hi Aoife,

Thanks very much for the invitation. Unfortunately I'm running a private dinner on the 19th and 20th and none of the slots in the scheduler are free for me. Would it be possible to speak early next week instead? Monday or Tuesday any time would suit.

Thanks,
Desmond"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="leeharbour_moved_to_monday", lang="en",
    company="Lee Harbour Provisions", contact="reply", key="lh_move", parent="lh_req",
    frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
    tz="-0400", subject="Re: Request to move my interview", date="2026-03-18 05:55",
    text=reply("""Hi Desmond,

No bother at all. I've moved your interview to Monday 23 March at 14:00 (Irish time), still on Teams with Donncha and me. The updated invitation is attached and the Teams link is in it.

Good luck with the dinner!

Aoife""", "en", "Tue, Mar 17, 2026 at 8:14 PM", ME, _old),
    ics=dict(method="REQUEST", uid="greenhouse-interview-58311297-lhp", seq=1,
             start="2026-03-23 14:00", end="2026-03-23 14:45", tzid="Europe/Dublin",
             summary="Video interview - NPD Chef (Lee Harbour Provisions)",
             location="Microsoft Teams", organizer=AOIFE,
             attendees=[("Donncha Kiely", "donncha.kiely@leeharbour.example.ie")],
             description="Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_lhp-npd",
             mode="attach", filename="interview.ics",
             prodid="-//Greenhouse Software//Interview Scheduler//EN"),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="nordlicht_cancel_meeting", lang="en",
    company="Nordlicht Food Labs", contact="from", key="nl_cancel", parent="nl_inv",
    frm=JONAS, tz="cet", subject="Canceled: Chat Desmond / Nordlicht",
    date="2026-06-10 22:47",
    text="""Hi Desmond,

Sorry, I have to cancel our call tomorrow. Something urgent came up with an investor and I don't want to do this half-distracted. This is not a no - I'll send you new times once I know what next week looks like.

Jonas""",
    ics=dict(method="CANCEL", uid="7tq1n8v0m2nordlicht@google.com", seq=1,
             start="2026-06-11 15:00", end="2026-06-11 15:30", tzid="Europe/Berlin",
             summary="Chat Desmond / Nordlicht", location="Google Meet",
             organizer=JONAS, attendees=[("Lena Hofbauer", "lena@nordlicht-labs.example.de")],
             mode="alt", prodid="-//Google Inc//Google Calendar 70.9054//EN"),
))

_old = """Hi Ciarán,

I am so sorry. My train from Kilkenny was stopped outside Kildare for over two hours with a signalling fault and my phone died while I was trying to get a bus. I should have found a way to let you know sooner. I'd really appreciate another chance if at all possible.

Desmond"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="greenhollow_trial_moved", lang="en",
    company="Greenhollow Test Kitchen", contact="from", key="gh_move", parent="gh_explain",
    frm=CIARAN, subject="Re: Today - so sorry", date="2026-07-15 08:02",
    text=reply("""Desmond - these things happen, Irish Rail being Irish Rail.

Let's move the trial to next Tuesday, the 21st, same plan: 8:00 start at the kitchen, finish about 16:00. Saoirse will have the soup brief ready again. Come up the night before if you need to!

C.""", "en", "Tue 14 Jul 2026 at 13:20", ME, _old),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="slu_board_member_ill", lang="en",
    company="South Leinster University", contact="from", key="slu_move", parent="slu_inv",
    frm=GRAINNE,
    subject="Change of interview date: Research Chef (SLU-26-0142)", date="2026-05-11 16:44",
    text="""Dear Mr Achterberg-Lyons,

Unfortunately a member of the interview board is ill and the interviews scheduled for Wednesday 13 May have had to be postponed.

Your interview has been rescheduled to Wednesday 20 May 2026 at 11:30, in the same room (B2.14, Barrow Building). The presentation topic is unchanged. An updated calendar file is attached; it replaces the earlier one.

Please confirm that you are available at the new time. We apologise for any inconvenience.

Yours sincerely,

Gráinne Moran
Recruitment Officer, Human Resources
South Leinster University""",
    ics=dict(method="REQUEST", uid="slu-26-0142-interview-achterberg-lyons@slu.example.ie",
             seq=1, start="2026-05-20 11:30", end="2026-05-20 12:15", tzid="Europe/Dublin",
             summary="Interview - Research Chef (SLU-26-0142) - RESCHEDULED",
             location="Room B2.14, Barrow Building, Kilkenny Road Campus, Carlow",
             organizer=GRAINNE, mode="attach", filename="SLU-26-0142-interview-updated.ics",
             prodid="-//South Leinster University//HR Scheduling//EN"),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="blackwater_call_half_hour_later", lang="en",
    company="Blackwater Ready Meals", contact="from", key="bw_move", parent="bw_inv",
    frm=("Ger Hanlon", "ger.hanlon@blackwatermeals.example.ie"),
    subject="Phone call - now 10:30", date="2026-02-12 17:30",
    text="""Hi Desmond,

Small change for tomorrow - I've a site meeting that's run over into the morning, so can we push our call back half an hour to 10:30? Same number.

Ger""",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="harvest_suirfoods_push_back", lang="en",
    company="Suir Foods", contact="from", key="ht_suir_move", parent="ht_suir_inv",
    frm=NIAMH, subject="Re: Suir Foods want to meet you!", date="2026-01-28 12:10",
    text=reply(f"""Hi Desmond,

Change of plan from Suir Foods, I'm afraid. Brendan has to be in Brussels tomorrow, so they've asked to push your interview back a week to Thursday 5 February, same time (11:00) and same place. The practical cook is still on.

Sorry for the messing - can you let me know that the 5th is OK?

{NIAMH_SIG}""", "en", "Mon, 26 Jan 2026 at 16:40", ME, """Hi Niamh,

Thursday at 11 is perfect, please confirm with them. Thanks a million!

Desmond"""),
))

_t = """Hi Desmond,

Your interview with Kinsale Fermentary has been rescheduled.

New time: Friday, July 17, 2026, 11:00 AM - 11:45 AM (Europe/Dublin)
Format: Video call (Google Meet)
Interviewers: Dara Coakley, Siobhán Lane

The previous time (Tuesday, July 14, 10:00 AM) is no longer valid.

Kinsale Fermentary"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="kinsale_lever_rescheduled_system", lang="en",
    company="Kinsale Fermentary", contact="", key="kf_move", parent="kf_inv",
    frm=("Kinsale Fermentary", "no-reply@hire.lever.co"), tz="-0700",
    subject="Your interview with Kinsale Fermentary has been rescheduled",
    date="2026-07-10 09:12",
    text=_t,
    html=ats_card("Kinsale Fermentary", "#7c2d12", paras(_t),
                  "Kinsale Fermentary uses Lever to manage its hiring. "
                  "This mailbox is not monitored."),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="tablefolk_verdura_call_cancelled", lang="en",
    company="Verdura Foods", contact="from", key="vd_cancel", parent="vd_inv",
    frm=("Amelia Rourke", "amelia@tablefolk.example.com"), tz="+0100",
    subject="RE: Introduction: Verdura Foods x Desmond - video interview Thursday",
    date="2026-07-29 18:20",
    text="""Desmond,

Quick one: Matthias has come down with a nasty flu and Verdura have cancelled tomorrow's call. He apologises - he's still very keen to meet you and will propose new dates when he's back on his feet, probably the week after next.

Nothing for you to do in the meantime. I'll be in touch as soon as I hear.

Amelia""",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="ammersee_krank_verschoben_ics", lang="de",
    company="Molkerei Ammersee", contact="from", key="am_move", parent="am_inv",
    frm=("Jürgen Haslbeck", "j.haslbeck@molkerei-ammersee.example.de"),
    subject="Terminverschiebung: Gespräch am 24.06.", date="2026-06-22 07:58",
    cte="quoted-printable",
    text="""Guten Morgen Herr Achterberg-Lyons,

leider ist Frau Zankl kurzfristig erkrankt. Da mir ihre Einschätzung wichtig ist, möchte ich unser Gespräch ungern ohne sie führen.

Können wir den Termin auf Mittwoch, 1. Juli, 13:30 Uhr verschieben? Ort und Ablauf bleiben gleich. Ich habe die Kalendereinladung entsprechend aktualisiert.

Entschuldigen Sie die Umstände.

Viele Grüße
Jürgen Haslbeck
Leiter Produktentwicklung
Molkerei Ammersee eG · Seestraße 7 · 86911 Dießen am Ammersee
Tel. +49 8807 9210 44""",
    ics=dict(method="REQUEST", uid="ammersee-gespraech-dal-2026@molkerei-ammersee.example.de",
             seq=1, start="2026-07-01 13:30", end="2026-07-01 15:30", tzid="Europe/Berlin",
             summary="Gespräch Produktentwickler – Herr Achterberg-Lyons",
             location="Molkerei Ammersee, Seestraße 7, 86911 Dießen am Ammersee",
             organizer=("Jürgen Haslbeck", "j.haslbeck@molkerei-ammersee.example.de"),
             attendees=[("Veronika Zankl", "v.zankl@molkerei-ammersee.example.de")],
             mode="alt"),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="kessler_alpenkost_termin_verschoben",
    lang="de", company="Alpenkost Feinkost", contact="from", key="kp_alp_move", parent="kp_alp_inv",
    frm=("Dr. Anja Kessler", "a.kessler@kessler-personal.example.de"),
    subject="AW: Vorstellung bei Alpenkost Feinkost – Terminvorschlag", date="2026-08-13 09:10",
    text=reply("""Sehr geehrter Herr Achterberg-Lyons,

Herr Stadler muss den morgigen Termin leider verlegen, da ein Lieferantenaudit vorgezogen wurde. Neuer Termin: Dienstag, 18. August, 10:00 Uhr, ebenfalls per Teams. Den aktualisierten Link sende ich Ihnen separat.

Ich hoffe, der neue Termin passt Ihnen genauso gut.

Beste Grüße
Anja Kessler""", "de", "11.08.2026 um 15:02", ME, """Liebe Frau Dr. Kessler,

vielen Dank, der Freitag um 11 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch.

Viele Grüße
Desmond Achterberg-Lyons"""),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="kerandel_journee_deplacee", lang="fr",
    company="Biscuiterie Kerandel", contact="from", key="ker_move", parent="ker_inv",
    frm=("Soizic Le Bihan", "s.lebihan@kerandel.example.fr"),
    subject="Modification : journée d'évaluation déplacée au 10 septembre",
    subj_cs=("iso-8859-1", "q"), date="2026-08-28 10:15",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Monsieur Achterberg-Lyons,

En raison d'une intervention de maintenance sur notre atelier pilote, nous sommes contraints de déplacer la journée d'évaluation initialement prévue le jeudi 3 septembre.

Elle aura lieu le jeudi 10 septembre, aux mêmes horaires (9h00 - 16h00) et au même endroit. L'invitation de votre agenda a été mise à jour.

Nous vous prions de nous excuser pour ce changement.

Cordialement,
Soizic Le Bihan
Responsable Ressources Humaines - Biscuiterie Kerandel""",
    ics=dict(method="REQUEST", uid="KER-EVAL-20260903-DAL", seq=1,
             start="2026-09-10 09:00", end="2026-09-10 16:00", tzid="Europe/Paris",
             summary="Journée d'évaluation – Biscuiterie Kerandel (nouvelle date)",
             location="Biscuiterie Kerandel, ZI de la Baratière, 35500 Vitré",
             organizer=("Soizic Le Bihan", "s.lebihan@kerandel.example.fr"), mode="alt"),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="portanne_appel_decale", lang="fr",
    company="Maison Portanne", contact="from", key="por_move", parent="por_inv",
    frm=("Bénédicte Portanne", "benedicte@portanne.example.fr"),
    subject="Report de notre échange téléphonique", date="2026-06-04 20:05",
    text="""Bonsoir Desmond,

Petit contretemps : j'ai une livraison de mariage à assurer demain en fin d'après-midi. Pouvons-nous décaler notre appel d'une heure, à 18h (17h pour vous) ? Même numéro.

Merci de votre souplesse,
Bénédicte""",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="arriaga_cancel_ics", lang="es",
    company="Conservas Arriaga", contact="from", key="arr_cancel", parent="arr_inv",
    frm=("Iker Zubizarreta", "iker.zubizarreta@arriaga.example.es"),
    subject="Cancelada: Entrevista Desmond Achterberg-Lyons – I+D producto",
    date="2026-05-19 18:40",
    text="""Hola Desmond:

Tenemos que cancelar la entrevista del jueves: nos ha llegado una auditoría de un cliente con muy poco margen y Amaia y yo estaremos con ella toda la semana.

Seguimos muy interesados en tu candidatura. En cuanto pase la auditoría te propongo una nueva fecha, seguramente para la semana del 25.

Perdona las molestias.

Iker""",
    ics=dict(method="CANCEL", uid="arriaga-entrevista-20260521@arriaga.example.es", seq=1,
             start="2026-05-21 10:00", end="2026-05-21 11:30", tzid="Europe/Madrid",
             summary="Entrevista Desmond Achterberg-Lyons – I+D producto",
             location="Conservas Arriaga, Ribera de Deusto 70, Bilbao",
             organizer=("Iker Zubizarreta", "iker.zubizarreta@arriaga.example.es"),
             mode="alt"),
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="ibaizabal_cambio_de_hora", lang="es",
    company="Txokolate Ibaizabal", contact="from", key="ibz_move", parent="ibz_inv",
    frm=("Nerea Etxeberria", "nerea@ibaizabal.example.es"),
    subject="Cambio de hora – charla del jueves", date="2026-05-20 09:47",
    text=reply("""Hola de nuevo:

¿Podemos pasar la llamada de mañana a las 13:00 (12:00 en Irlanda)? A las 11 me entra un pedido grande de cobertura y tengo que estar en el obrador. Te mando el enlace nuevo en cuanto me confirmes.

Nerea""", "es", "lun, 18 may 2026 a las 20:12", ME, """¡Hola, Nerea!

El jueves a las 11:00 me viene perfecto. Muchas gracias por escribirme.

Desmond"""),
))

# ================================================================== missed_interview_notice

add(dict(
    kind="missed_interview_notice", slug="greenhollow_no_show_trial", lang="en",
    company="Greenhollow Test Kitchen", contact="from", key="gh_missed", parent="gh_inv",
    frm=CIARAN, subject="Re: Trial day - Tuesday 14th?", date="2026-07-14 09:20",
    text="""Desmond,

We had you down to start the trial at 8:00 this morning. It's now after 9 and there's no sign of you. I tried calling you twice, at 8:15 and again at 8:50, and it went straight to voicemail.

Hope everything's all right. Let me know what happened.

Ciarán""",
))

add(dict(
    kind="missed_interview_notice", slug="harvest_dunmore_no_join", lang="en",
    company="Dunmore Snacks", contact="from", key="ht_dun_missed", parent="ht_dun_inv",
    frm=NIAMH, subject="Re: Dunmore Snacks - first interview Thursday",
    date="2026-08-06 11:31",
    text=f"""Desmond,

Clíona from Dunmore has just been on to me - they were in the Teams meeting from 11:00 and waited until about 11:20, but you didn't join. I've tried your mobile too.

Is everything OK? If there was a tech problem, let me know straight away and I'll try to smooth it over with them; they were genuinely looking forward to speaking with you.

{NIAMH_SIG}""",
))

add(dict(
    kind="missed_interview_notice", slug="hookhead_waited_on_teams", lang="en",
    company="Hookhead Seafood Kitchen", contact="from", key="hh_missed", parent="hh_inv",
    frm=("Máire Ní Fhaoláin", "maire@hookhead.example.ie"),
    subject="Re: Seafood Product Developer - interview", date="2026-07-29 10:24",
    text="""Dear Desmond,

Seán and I waited on Teams for 15 minutes this morning for our 10:00 interview, but you didn't come online. We didn't receive any message from you.

If something went wrong on your side, please let me know today.

Máire""",
))

add(dict(
    kind="missed_interview_notice", slug="comeragh_tried_calling_twice", lang="en",
    company="Comeragh Kitchens", contact="from", key="ck_missed", parent="ck_inv",
    frm=("Lorcan Walsh", "lorcan.walsh@comeragh.example.ie"),
    subject="Re: Development Chef - phone screen", date="2026-10-08 10:22",
    text="""Hi Desmond,

I tried calling you twice at 10:00 for our phone screen and again at 10:10 but got no answer, and there's no voicemail set up on the number.

Could you check the number on your application is right?

Lorcan""",
))

add(dict(
    kind="missed_interview_notice", slug="ballybricken_video_call_no_show", lang="en",
    company="Ballybricken Bakehouse", contact="from", key="bb_missed",
    frm=("Colm Furlong", "colm@ballybricken.example.ie"),
    subject="Our video call at 3", date="2026-04-23 15:40",
    html="""<div dir="ltr">Hi Desmond,<div><br></div><div>I was on the Zoom link for our 3 o'clock call about the bakery development job but you didn't show up. I stayed on until twenty past.</div><div><br></div><div>Not the end of the world, but could you let me know whether you're still interested?</div><div><br></div><div>Colm</div><div><br></div><div>--</div><div>Colm Furlong<br>Owner, Ballybricken Bakehouse<br>Ballybricken Green, Waterford X91 W5E2<br>+353 51 877 302</div></div>
""",
))

add(dict(
    kind="missed_interview_notice", slug="marlowfinch_registration_call_missed", lang="en",
    company="Marlow & Finch", contact="from", key="mf_missed", parent="mf_reg",
    frm=("Conor Twomey", "conor.twomey@marlowfinch.example.ie"),
    subject="Re: Thanks for registering with Marlow & Finch", date="2026-06-08 14:25",
    text="""Hi Desmond,

I rang you at 2pm as arranged for our screening interview but couldn't get through, and I left a message. I've a couple of live roles in Cork that I think would suit you, so I'd like to get the call done this week.

Would you let me know a time that works better?

Conor""",
))

add(dict(
    kind="missed_interview_notice", slug="feinkostwerk_teams_nicht_erschienen", lang="de",
    company="Schwabinger Feinkostwerk", contact="from", key="sfw_missed",
    frm=("Lisa Brunnhuber", "l.brunnhuber@feinkostwerk.example.de"),
    subject="Unser Termin heute um 14 Uhr", date="2026-03-17 14:35",
    text="""Guten Tag Herr Achterberg-Lyons,

wir haben Sie heute um 14:00 Uhr zu unserem Videogespräch in Microsoft Teams erwartet. Leider haben Sie sich nicht eingewählt, und wir konnten Sie auch telefonisch nicht erreichen.

Bitte melden Sie sich kurz bei mir, ob Sie weiterhin an der Stelle interessiert sind.

Mit freundlichen Grüßen
Lisa Brunnhuber
HR Business Partnerin
Schwabinger Feinkostwerk GmbH · Leopoldstraße 188 · 80804 München""",
))

add(dict(
    kind="missed_interview_notice", slug="vilaine_attendu_sur_teams", lang="fr",
    company="Laiterie de la Vilaine", contact="from", key="lv_missed", parent="lv_inv",
    frm=("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr"),
    subject="Entretien manqué du 19 mars", date="2026-03-19 10:40",
    text="""Bonjour Monsieur Achterberg-Lyons,

Nous vous avons attendu ce matin sur Teams à 10h avec Yann Le Goff, mais vous ne vous êtes pas connecté. Je vous ai également laissé un message vocal.

Pourriez-vous me dire ce qui s'est passé ?

Cordialement,
Maëlle Guillou
Chargée de recrutement – Laiterie de la Vilaine
02 99 31 47 80""",
))

add(dict(
    kind="missed_interview_notice", slug="armor_injoignable_deux_fois", lang="fr",
    company="Armor Saveurs", contact="from", key="armor_missed",
    frm=("Gwenaël Morvan", "g.morvan@armorsaveurs.example.fr"), frm_cs=("iso-8859-1", "b"),
    subject="Notre entretien téléphonique de 14h", date="2026-05-05 14:32",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour Desmond,

Nous avions rendez-vous à 14h pour un entretien téléphonique concernant le poste de cuisinier R&D. J'ai essayé de vous joindre à deux reprises, à 14h00 puis à 14h15, sans succès.

Merci de me recontacter si vous souhaitez poursuivre le processus.

Gwenaël Morvan
Chargé RH - Armor Saveurs
Parc d'activités de la Janais, 35131 Chartres-de-Bretagne""",
))

add(dict(
    kind="missed_interview_notice", slug="gorbea_esperando_en_meet", lang="es",
    company="Lácteos Gorbea", contact="from", key="gor_missed",
    frm=("Ainhoa Larrea", "ainhoa.larrea@lacteosgorbea.example.es"),
    subject="Entrevista de hoy", date="2026-04-14 12:25",
    text="""Hola, Desmond:

Te estuvimos esperando en Google Meet a las 12:00 para la entrevista con el equipo de desarrollo, pero no llegaste a conectarte. Te llamé también al móvil, sin respuesta.

¿Ha pasado algo? Escríbeme cuando puedas.

Ainhoa Larrea
Personas · Lácteos Gorbea
Polígono Murga, 01479 Ayala (Álava) · 945 39 80 21""",
))
