"""Corpus 240, kind `rejection`: 31 hand-written messages (en 18, de 5, fr 4, es 4)."""

from __future__ import annotations

from msgs240_common import ME, ats_card, mso, outlook_html, outlook_reply, paras, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ English

_t = """Dear Desmond,

Thank you for the time you gave us during your interview for the NPD Chef role at our Little Island site. The panel enjoyed hearing about your work on the seasonal menus in Kilkenny.

We have now completed the interview stage and, after a lot of discussion, we have offered the position to another candidate. This was a close decision and it is not a reflection on the quality of your cooking or your preparation.

We will hold your details on file for twelve months in line with our privacy notice, and you are welcome to apply for future openings at Lee Harbour Provisions.

Kind regards,
The Talent Team
Lee Harbour Provisions"""
add(dict(
    kind="rejection", slug="leeharbour_greenhouse_after_interview", lang="en",
    company="Lee Harbour Provisions", contact="", key="lh_rej", parent="lh_move",
    frm=("Lee Harbour Provisions", "no-reply@greenhouse-mail.io"),
    subject="Your application for NPD Chef at Lee Harbour Provisions",
    date="2026-04-01 16:05", tz="-0400",
    text=_t,
    html=ats_card("Lee Harbour Provisions", "#14532d", paras(_t),
                  "Sent via Greenhouse on behalf of Lee Harbour Provisions."),
))

_old = """Hi Niamh,

Great, thanks - I'll be at the Suir Foods site in Waterford for 11 on the 5th. Do I need to bring anything apart from my knives and whites?

Desmond"""
add(dict(
    kind="rejection", slug="harvest_relays_suirfoods_no", lang="en",
    company="Suir Foods", contact="from", key="ht_suir_rej", parent="ht_suir_move",
    frm=("Niamh Fogarty", "niamh@harvesttalent.example.ie"),
    subject="Re: Suir Foods - interview confirmed for the 5th",
    date="2026-02-09 17:42",
    text=reply("""Hi Desmond,

I had the feedback call with Suir Foods this afternoon and unfortunately it's not good news this time. They liked you a lot in the kitchen, but they've gone with someone who has already run shelf-life trials in a chilled plant, which was the one gap they kept coming back to.

I know that's disappointing after the trip down. For what it's worth, the head of NPD said your tasting panel presentation was the best of the day, and I'll make sure that gets mentioned when I put you forward elsewhere. Chat on Wednesday?

Niamh

Niamh Fogarty
Senior Consultant, Food & Beverage
Harvest Talent Partners
14 Fenian Street, Dublin 2, D02 X285
+353 1 660 4417""", "en", "Fri, 30 Jan 2026 at 09:12", ME, _old),
))

_old = """Hi Desmond,

Would you be around on Thursday afternoon for a quick video chat? Nothing formal, just me and Lena from the kitchen team, maybe 30 minutes. We'd love to hear how you think about taking a dish from the pass to a pack.

Jonas"""
add(dict(
    kind="rejection", slug="nordlicht_role_on_hold", lang="en",
    company="Nordlicht Food Labs", contact="from", key="nl_rej", parent="nl_cancel",
    frm=("Jonas Weidinger", "jonas@nordlicht-labs.example.de"), tz="cet",
    subject="Re: Quick chat on Thursday?",
    date="2026-06-30 11:20",
    text=reply("""Hi Desmond,

I owe you a proper update after cancelling on you earlier in the month, sorry it took this long.

Our seed extension closed smaller than planned, and the board asked us to freeze every new hire until Q1. That means the Product Development Chef role has been put on hold and we will not proceed with any of the candidates, you included. I really didn't want to leave you hanging with a vague "we'll be in touch".

If things open up again next year I'll reach out to you first.

Best,
Jonas Weidinger
Co-founder & Head of Product, Nordlicht Food Labs
Tumblingerstr. 12, 80337 München""", "en", "Tue, 9 Jun 2026 at 14:03", ("Jonas Weidinger", "jonas@nordlicht-labs.example.de"), _old),
))

_t = """Castlecomer Creamery

Dear Desmond Achterberg-Lyons,

Re: Development Chef – Dairy Desserts (REQ-00417)

Thank you for your interest in Castlecomer Creamery and for taking the time to submit an application.

We have reviewed your application carefully. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the role.

We wish you every success in your search.

Castlecomer Creamery Talent Acquisition

This is an automated message; replies to this address are not monitored."""
add(dict(
    kind="rejection", slug="castlecomer_workday_closer_match", lang="en",
    company="Castlecomer Creamery", contact="", key="cc_rej", parent=None,
    frm=("Castlecomer Creamery", "comercreamery@myworkday.com"), tz="+0000",
    subject="Update on your application – Development Chef – Dairy Desserts",
    subj_cs=("utf-8", "b"),
    date="2026-01-22 08:01",
    html=ats_card("Castlecomer Creamery", "#1e3a8a", paras(_t),
                  "Powered by Workday. Please do not reply to this email."),
))

add(dict(
    kind="rejection", slug="blackwater_terse_human", lang="en",
    company="Blackwater Ready Meals", contact="from", key="bw_rej", parent="bw_move",
    frm=("Ger Hanlon", "ger.hanlon@blackwatermeals.example.ie"),
    subject="Re: Phone call - now 10:30",
    date="2026-02-27 12:14",
    text="""Desmond,

Thanks for the call last week. We won't be taking your application further.

Best of luck,
Ger

Sent from my phone""",
))

_t = """Dear Desmond,

Thank you for applying for the Product Developer – Own Brand Bakery position with Quayfresh Supermarkets, and for your patience while we worked through the process.

I wanted to let you know personally that we have filled the vacancy with a colleague from within our own category team. We always advertise externally as well as internally, and on this occasion an internal applicant was the right fit for the “Taste the Harbour” range we’re launching in autumn.

That means we won’t be taking your application any further for this vacancy – sorry it isn’t better news.

Kind regards,

Sinéad Roche
Talent Partner – Commercial & Own Brand
Quayfresh Supermarkets
Quayfresh House, Kent Station Business Park, Cork T23 K4F6
T: +353 21 490 2270

––
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Quayfresh Supermarkets Ltd, registered in Ireland No. 418832."""
add(dict(
    kind="rejection", slug="quayfresh_filled_internally_cp1252", lang="en",
    company="Quayfresh Supermarkets", contact="from", key="qf_rej",
    frm=("Sinéad Roche", "sinead.roche@quayfresh.example.ie"), frm_cs=("iso-8859-1", "q"),
    subject="Product Developer – Own Brand Bakery", subj_cs=("windows-1252", "q"),
    date="2026-03-05 15:37",
    charset="windows-1252", cte="quoted-printable",
    text=_t,
))

_old = """Hi Páraic,

Thanks again for having me in on Thursday, and for the tour of the bottling line. I really enjoyed the interview, especially the bit where we tasted the three versions of the smoked tomato base side by side. I came away with a good few ideas about how I'd approach the reduced-salt brief, so I hope we get to talk again.

All the best,
Desmond"""
add(dict(
    kind="rejection", slug="ormonde_after_interview_quotes_thanks", lang="en",
    company="Ormonde Sauces", contact="from", key="os_rej",
    frm=("Páraic Daly", "p.daly@ormondesauces.example.ie"),
    subject="RE: Thank you - Development Chef interview",
    date="2026-05-21 09:48",
    text=outlook_reply("""Hi Desmond,

Thanks for the lovely note, and apologies for the slow reply – we had the final interviews running until Tuesday.

I'm sorry to say we won't be offering you the role. It came down to two people and the other candidate has several years in a sauce plant on HACCP and scale-up, which tipped it for us given the launch dates we're facing. That's no comment on your palate, which was clear from the tasting.

I'd genuinely like to keep your CV for the autumn when we expect to recruit a junior technologist.

Regards,
Páraic

Páraic Daly | Technical & NPD Manager
Ormonde Sauces | Unit 4, Hebron Business Park, Kilkenny R95 E2P3
+353 56 772 1934

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.""",
        "en", "Desmond Achterberg-Lyons <desmond.al@example.ie>",
        "Friday 15 May 2026 18:02", "Páraic Daly <p.daly@ormondesauces.example.ie>",
        "Thank you - Development Chef interview", _old),
))

add(dict(
    kind="rejection", slug="copperpot_casual_colleague", lang="en",
    company="Copperpot Plant Foods", contact="from", key="cp_rej", parent="cp_inv",
    frm=("Ruth Kinsella", "ruth@copperpot.example.ie"),
    subject="Re: Cook-off next Tuesday",
    date="2026-04-14 19:26",
    text="""Hey Desmond,

Bad news I'm afraid - we went with the other finalist. Honestly a coin toss between the two of you, but she's already done a couple of oat-based launches and we need someone who can hit the ground running in June.

Your jackfruit thing was class by the way, Tom is still talking about it. Let's grab a coffee next time you're up in Dublin?

Ruth""",
))

_t = """Dear Desmond

Research Chef, Food Innovation Centre (Ref: SLU-26-0142)

Thank you for attending for interview for the above post. The selection board has now completed its deliberations.

We regret to inform you that you have not been successful on this occasion. The board has recommended a candidate for appointment and has also established a panel from which future vacancies of this type may be filled for a period of twelve months. You have not been placed on this panel.

Feedback on your interview can be requested in writing within 28 days of the date of this notification.

We thank you for your interest in South Leinster University.

Human Resources Office
South Leinster University, Kilkenny Road Campus, Carlow R93 V960"""
add(dict(
    kind="rejection", slug="slu_taleo_board_decision_base64", lang="en",
    company="South Leinster University", contact="", key="slu_rej", parent=None,
    frm=("South Leinster University Recruitment", "slu-hr@taleo.net"),
    subject="Research Chef, Food Innovation Centre - outcome of interview",
    date="2026-05-29 14:30",
    cte="base64", text=_t,
))

add(dict(
    kind="rejection", slug="barrowline_role_withdrawn_disclaimer", lang="en",
    company="Barrowline Bakeries", contact="from",
    frm=("Helen Doyle", "helen.doyle@barrowline.example.ie"),
    cc=[("Recruitment", "recruitment@barrowline.example.ie")],
    subject="Bakery NPD Technologist - position withdrawn",
    date="2026-06-18 10:02",
    text="""Dear Desmond,

I'm writing to everyone who applied for the Bakery NPD Technologist post advertised last month.

Following a review of our structure after the sale of the Tullow site, the company has decided not to fill this position. The vacancy has been withdrawn and the recruitment campaign has closed, so we won't be arranging interviews. I appreciate the effort that goes into an application and I'm sorry this is how it ended.

Yours sincerely,

Helen Doyle
HR Business Partner
Barrowline Bakeries
Athy Road, Carlow R93 NX21
Tel: +353 59 913 5520

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful. Barrowline Bakeries Unlimited Company, registered in Ireland, No. 90233.""",
))

add(dict(
    kind="rejection", slug="marlowfinch_unnamed_client_no", lang="en",
    company="Marlow & Finch", contact="from", key="mf_rej", parent="mf_inv",
    frm=("Conor Twomey", "conor.twomey@marlowfinch.example.ie"),
    subject="Re: Interview with my client - Thursday 18th",
    date="2026-07-02 16:55",
    text="""Hi Desmond,

Just off the phone with my client. They've decided to go a different direction and won't be progressing you to the second round. The feedback was that they want someone with more time in a factory environment than a restaurant one - frustrating, because that's exactly what the role is meant to grow.

I'm keeping you front of mind for the two NPD briefs I have coming from Cork in the next few weeks.

Talk soon,
Conor

Conor Twomey | Principal Consultant
Marlow & Finch Recruitment
2 Lapps Quay, Cork T12 RW7D | +353 21 427 8810 | www.marlowfinch.example.ie""",
))

_t = """Hi Desmond,

Thanks so much for your interest in the Fermentation Development Chef role and for spending time with our team.

We've now wrapped up this search. While your background in seasonal cooking stood out, we've chosen a candidate whose hands-on experience with koji and lacto-fermentation at production scale is a closer fit for where the brewery-kitchen project is heading.

Please don't be a stranger — we open new roles a couple of times a year and we'd be happy to see your name again.

All the best,
Kinsale Fermentary"""
add(dict(
    kind="rejection", slug="kinsale_lever_wrapped_up", lang="en",
    company="Kinsale Fermentary", contact="", key="kf_rej", parent=None,
    frm=("Kinsale Fermentary", "no-reply@hire.lever.co"), tz="-0700",
    subject="Following up on your application to Kinsale Fermentary",
    date="2026-07-20 03:14",
    text=_t,
    html=ats_card("Kinsale Fermentary", "#7c2d12", paras(_t),
                  "Kinsale Fermentary uses Lever to manage its hiring. "
                  '<a href="https://jobs.lever.co/kinsale-fermentary-example">Open roles</a>'),
    cte="quoted-printable",
))

_t = """Dear Desmond,

Thank you for taking the time to meet Seán and me on Friday about the Seafood Product Developer post, and for being so good-humoured about the mix-up with the Teams link the first time round.

We had a very strong field, and I'm afraid we have decided to offer the post to another applicant. Your ideas about the smoked mackerel pâté range were interesting, and I'd encourage you to keep an eye on our careers page.

Le gach dea-ghuí,

Máire Ní Fhaoláin
Operations Manager, Hookhead Seafood Kitchen
Cheekpoint Road, Passage East, Co. Waterford X91 P2K8
+353 51 382 714"""
add(dict(
    kind="rejection", slug="hookhead_strong_field_latin1", lang="en",
    company="Hookhead Seafood Kitchen", contact="from", key="hh_rej", parent="hh_missed",
    frm=("Máire Ní Fhaoláin", "maire@hookhead.example.ie"), frm_cs=("iso-8859-1", "b"),
    subject="Seafood Product Developer", date="2026-08-04 11:08",
    charset="iso-8859-1", cte="8bit",
    text=_t,
))

_fw = """Hi Amelia,

Thanks for introducing Desmond. We appreciated his creativity and his openness in the conversation with Katja and me.

After the second conversation we have decided not to continue with him. We need somebody who already speaks German at a working level for the factory in Freising, and that is not something we can bridge within the probation period.

Best regards
Matthias Brandl
Verdura Foods"""
add(dict(
    kind="rejection", slug="tablefolk_forwards_verdura_feedback", lang="en",
    company="Verdura Foods", contact="from", key="vd_rej",
    frm=("Amelia Rourke", "amelia@tablefolk.example.com"),
    subject="Verdura - feedback", date="2026-08-19 13:33",
    text=f"""Desmond,

I'm sorry to pass this on. Verdura have decided not to proceed after the second conversation. I've pasted Matthias's note below so you can see their reasoning in their own words - the language point is fair, but I told him I think they're underestimating how quickly you'd pick it up.

Let's talk next week about the Dublin brief I mentioned.

Amelia Rourke
Partner, Tablefolk Search
+44 20 7946 0331 | +353 1 555 0142

-----Original Message-----
From: Matthias Brandl <m.brandl@verdura.example.de>
Sent: Wednesday, August 19, 2026 10:12 AM
To: Amelia Rourke <amelia@tablefolk.example.com>
Subject: Desmond Achterberg-Lyons

{_fw}
""",
))

_t = """Liffeyside Retail Group

Dear Desmond,

Thank you for taking part in our assessment centre for the role of Food Development Chef (Req 3391).

After careful consideration of everyone's performance across the exercises, we regret that we are unable to offer you a position at this time.

We received a high number of applications and hope you will consider Liffeyside again in the future.

Yours sincerely,
Liffeyside Retail Group Recruitment"""
add(dict(
    kind="rejection", slug="liffeyside_icims_after_assessment", lang="en",
    company="Liffeyside Retail Group", contact="", key="lf_rej",
    frm=("Liffeyside Retail Group", "liffeyside-careers@icims.com"), tz="-0500",
    subject="Food Development Chef (Req 3391)", date="2026-09-03 07:45",
    html=ats_card("Liffeyside Retail Group", "#9d174d", paras(_t),
                  "This message was sent by iCIMS on behalf of Liffeyside Retail Group."),
    cte="base64",
))

add(dict(
    kind="rejection", slug="slaney_not_shortlisted_recruitee", lang="en",
    company="Slaney Grain Co", contact="reply", key="sg_rej", parent="sg_chase",
    frm=("Slaney Grain Co", "no-reply@jobs.recruitee.com"),
    reply_to=("Aisling Nolan", "aisling.nolan@slaneygrain.example.ie"),
    subject="Re: Checking in – Cereal Product Developer application",
    date="2026-09-15 14:20",
    text="""Dear Desmond,

Thanks for your email and for checking in.

We have now finished shortlisting for the Cereal Product Developer role. I'm sorry to tell you that your application was not shortlisted for interview; we had over ninety applicants and were looking in particular for milling or extrusion experience.

With best wishes for the future,
Aisling Nolan
People & Culture, Slaney Grain Co
Bagenalstown, Co. Carlow""",
))

add(dict(
    kind="rejection", slug="kilbrack_after_trial_personal", lang="en",
    company="Kilbrack Cheese", contact="from", key="kb_rej",
    frm=("Eibhlín Horgan", "eibhlin@kilbrack.example.ie"),
    subject="After Saturday", date="2026-10-06 20:51",
    text="""Desmond,

It was great having you in the dairy on Saturday, and the rind-washed experiment you did with the cider was more fun than I expected it to be.

I've thought about it a lot over the weekend and I'm going to say no for now. We're too small to carry someone who'd be learning cheesemaking from scratch while also building the retail range, and I'd rather tell you straight than string you along. If we grow next year, I'll be in touch.

Eibhlín
Kilbrack Farmhouse Cheese, Kilbrack, Doneraile, Co. Cork""",
))

_t = """Hi Desmond,

Thank you for your interest in the Development Chef position at Comeragh Kitchens.

We wanted to let you know that this position has now been filled, and we have closed the opening.

We appreciate the time you put into your application and the phone screen, and we wish you the best of luck in your job search.

Comeragh Kitchens People Team"""
add(dict(
    kind="rejection", slug="comeragh_bamboohr_filled", lang="en",
    company="Comeragh Kitchens", contact="", key="ck_rej",
    frm=("Comeragh Kitchens", "notifications@app.bamboohr.com"), tz="-0600",
    subject="Development Chef at Comeragh Kitchens", date="2026-10-20 04:12",
    text=_t, html=ats_card("Comeragh Kitchens", "#365314", paras(_t),
                           "Sent with BambooHR. Replies are not monitored."),
))

# ------------------------------------------------------------------ German

_old = """Liebe Frau Obermaier,

vielen Dank für das angenehme Vorstellungsgespräch am Dienstag und für die Führung durch die Backstube. Ich habe mich sehr gefreut, Ihr Team kennenzulernen, und bin nach wie vor begeistert von der Idee einer Sauerteig-Linie für den Handel.

Mit herzlichen Grüßen
Desmond Achterberg-Lyons"""
add(dict(
    kind="rejection", slug="isarmuehle_absage_nach_gespraech", lang="de",
    company="Isarmühle Backwaren", contact="from", key="isar_rej", parent="isar_thanks",
    frm=("Katrin Obermaier", "k.obermaier@isarmuehle.example.de"),
    subject="AW: Vielen Dank für das Gespräch", date="2026-05-08 15:22",
    cte="quoted-printable",
    text=reply("""Lieber Herr Achterberg-Lyons,

herzlichen Dank für Ihre freundlichen Zeilen und Ihre Geduld.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir die Position mit einer Bewerberin besetzt, die bereits Erfahrung mit der Zulassung von Backwaren im Lebensmitteleinzelhandel mitbringt. Für Ihren weiteren Weg wünsche ich Ihnen alles Gute und viel Erfolg.

Freundliche Grüße
Katrin Obermaier
Personalreferentin
Isarmühle Backwaren GmbH & Co. KG · Lilienstraße 40 · 81669 München
Tel. +49 89 4480 2215

Sitz der Gesellschaft: München, Registergericht München HRA 10 2288""", "de", "29.04.2026 um 21:14", ME, _old),
))

add(dict(
    kind="rejection", slug="ammersee_absage_latin1", lang="de",
    company="Molkerei Ammersee", contact="from", key="am_rej", parent="am_move",
    frm=("Jürgen Haslbeck", "j.haslbeck@molkerei-ammersee.example.de"), frm_cs=("iso-8859-1", "q"),
    subject="Ihre Bewerbung als Produktentwickler (m/w/d) - Rückmeldung",
    subj_cs=("iso-8859-1", "q"),
    date="2026-07-10 09:30", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Achterberg-Lyons,

nochmals danke, dass Sie trotz der kurzfristigen Verschiebung zu uns nach Dießen gekommen sind.

Nach Abschluss aller Gespräche müssen wir Ihnen heute leider mitteilen, dass wir Ihnen die Stelle nicht anbieten können. Ausschlaggebend war am Ende die fehlende Erfahrung mit Fermentation und Reifung von Joghurt im industriellen Maßstab.

Ihre Unterlagen löschen wir gemäß unseren Datenschutzhinweisen nach sechs Monaten.

Mit freundlichen Grüßen

Jürgen Haslbeck
Leiter Produktentwicklung
Molkerei Ammersee eG
Seestraße 7, 86911 Dießen am Ammersee""",
))

_t = """Sehr geehrter Herr Achterberg-Lyons,

vielen Dank für Ihr Interesse an der Position „Koch / Köchin Produktentwicklung Feinkost“ und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung haben wir uns für andere Kandidat:innen entschieden, deren Profil noch genauer zu unseren Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Recruiting-Team
Schwabinger Feinkostwerk"""
add(dict(
    kind="rejection", slug="feinkostwerk_personio_absage", lang="de",
    company="Schwabinger Feinkostwerk", contact="", key="sfw_rej",
    frm=("Schwabinger Feinkostwerk", "no-reply@personio.de"),
    subject="Ihre Bewerbung bei Schwabinger Feinkostwerk", date="2026-03-24 10:00",
    html=ats_card("Schwabinger Feinkostwerk", "#0f172a", paras(_t),
                  "Diese E-Mail wurde automatisch über Personio versendet. "
                  "Bitte antworten Sie nicht auf diese Nachricht."),
))

add(dict(
    kind="rejection", slug="gutschmeck_intern_besetzt_cp1252", lang="de",
    company="Gutschmeck Labor", contact="from", key="gut_rej", parent="gut_inv",
    frm=("Tobias Reindl", "reindl@gutschmeck.example.de"),
    subject="Re: Probearbeiten am 12.08.", date="2026-08-26 18:03",
    charset="windows-1252", cte="8bit",
    text="""Hallo Desmond,

kurz und ehrlich: Nach dem Probearbeiten hat sich bei uns intern etwas getan – unsere bisherige Souschefin wechselt in die Entwicklung, und damit ist die Stelle besetzt. Für dich heißt das leider: kein Angebot.

Dein „Kaiserschmarrn to go“ war trotzdem Gesprächsthema in der ganzen Küche.

Servus
Tobias

--
Tobias Reindl · Küchenchef Versuchsküche
Gutschmeck Labor · Landsberger Str. 155 · 80687 München""",
))

add(dict(
    kind="rejection", slug="kessler_mandant_entscheidet_dagegen", lang="de",
    company="Kessler Personalberatung", contact="from", key="kp_rej",
    frm=("Dr. Anja Kessler", "a.kessler@kessler-personal.example.de"),
    subject="Rückmeldung unseres Mandanten", date="2026-09-22 12:40",
    text="""Sehr geehrter Herr Achterberg-Lyons,

wie telefonisch angekündigt, melde ich mich mit der Entscheidung unseres Mandanten aus dem Bereich Convenience.

Der Mandant hat sich nach Durchsicht der Profile gegen eine Fortsetzung des Prozesses mit Ihnen entschieden. Er sucht für diese Position jemanden mit Erfahrung in der Lebensmittelkennzeichnung nach LMIV, die Sie – zumindest auf dem Papier – noch nicht vorweisen.

Ich bedaure das, denn ich hatte Sie gern vorgestellt. Ihr Profil bleibt selbstverständlich in unserem Pool.

Mit besten Grüßen
Dr. Anja Kessler
Geschäftsführerin
Kessler Personalberatung
Prinzregentenstraße 22, 80538 München
Tel.: +49 89 2155 7730""",
))

# ------------------------------------------------------------------ French

_old = """Bonjour Madame Guillou,

Je suis vraiment désolé pour ce matin : un problème de connexion m'a empêché de rejoindre la visio à 10h. Seriez-vous disponible pour un nouveau créneau la semaine prochaine ?

Bien cordialement,
Desmond Achterberg-Lyons"""
_old = reply(_old, "fr", "jeu. 19 mars 2026 à 10:40",
             ("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr"), """Bonjour Monsieur Achterberg-Lyons,

Nous vous avons attendu ce matin sur Teams à 10h avec Yann Le Goff, mais vous ne vous êtes pas connecté. Je vous ai également laissé un message vocal.

Pourriez-vous me dire ce qui s'est passé ?""")
add(dict(
    kind="rejection", slug="vilaine_refus_apres_entretien", lang="fr",
    company="Laiterie de la Vilaine", contact="from", key="lv_rej", parent="lv_sorry",
    frm=("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr"),
    subject="RE: Entretien manqué du 19 mars", date="2026-04-02 17:10",
    text=reply("""Bonjour Monsieur Achterberg-Lyons,

Je reviens vers vous à la suite de notre entretien du 24 mars, finalement organisé sur le nouveau créneau.

Après réflexion avec Yann Le Goff, responsable R&D, nous avons décidé de ne pas donner suite à votre candidature pour le poste de chef de projet développement produits laitiers. Nous avons privilégié un profil ayant déjà piloté des essais en atelier de fabrication.

Je vous remercie sincèrement pour l'intérêt porté à la Laiterie de la Vilaine et vous souhaite pleine réussite.

Cordialement,

Maëlle Guillou
Chargée de recrutement
Laiterie de la Vilaine
12 rue de la Prévalaye, 35000 Rennes
02 99 31 47 80""", "fr", "jeu. 19 mars 2026 à 11:02", ME, _old),
))

_t = """Bonjour Desmond,

Nous vous remercions pour l'intérêt que vous portez à Armor Saveurs et pour votre candidature au poste de Cuisinier R&D (plats cuisinés).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous avons retenu des candidatures plus proches des exigences du poste.

Nous conservons votre CV dans notre base de données, avec votre accord, pour d'éventuelles opportunités futures.

L'équipe Recrutement
Armor Saveurs"""
add(dict(
    kind="rejection", slug="armor_smartrecruiters_refus_latin1_b64", lang="fr",
    company="Armor Saveurs", contact="", key="armor_rej",
    frm=("Armor Saveurs", "no-reply@smartrecruiters.com"),
    subject="Votre candidature chez Armor Saveurs", date="2026-05-12 09:15",
    charset="iso-8859-1", cte="base64",
    text=_t,
))

add(dict(
    kind="rejection", slug="portanne_poste_suspendu", lang="fr",
    company="Maison Portanne", contact="from", key="por_rej", parent="por_move",
    frm=("Bénédicte Portanne", "benedicte@portanne.example.fr"), frm_cs=("utf-8", "b"),
    subject="Re: Report de notre échange téléphonique", date="2026-06-23 19:45",
    text="""Bonjour Desmond,

Je vous écris avec un peu d'embarras. Depuis notre échange téléphonique, nous avons perdu le contrat de restauration du festival d'été, qui devait financer la création de ce poste.

Le recrutement du chef développement est donc mis en suspens, et nous ne donnerons pas suite aux candidatures en cours, dont la vôtre. Je ne sais pas encore si nous le relancerons à l'automne.

Merci pour votre enthousiasme, et désolée de ne pas avoir de meilleure nouvelle.

Bénédicte Portanne
Gérante – Maison Portanne Traiteur
8 boulevard de la Liberté, 35000 Rennes""",
))

add(dict(
    kind="rejection", slug="lenoir_relaie_refus_broceliande", lang="fr",
    company="Galettes Brocéliande", contact="from", key="lc_gb_rej", parent="lc_gb_inv",
    frm=("Thomas Lenoir", "t.lenoir@lenoir-conseil.example.fr"),
    subject="Re: Rendez-vous chez Galettes Brocéliande", date="2026-09-08 12:05",
    cte="quoted-printable",
    html=outlook_html(mso("""Bonjour Desmond,

J'ai eu ce matin le retour de Galettes Brocéliande suite à votre rencontre avec leur directrice industrielle.

Ils ne souhaitent pas poursuivre avec vous pour le poste de responsable développement. Leur crainte porte sur la taille de l'usine : ils recherchent quelqu'un qui a déjà travaillé sur des lignes de plus de 20 tonnes par jour.

Je reste persuadé que votre profil intéressera d'autres clients, je vous rappelle dès que j'ai du nouveau.

Bien à vous,

Thomas Lenoir
Consultant associé – Cabinet Lenoir Conseil
3 place de Bretagne, 35000 Rennes – 02 23 40 18 55"""), "fr"),
))

# ------------------------------------------------------------------ Spanish

_t = """Hola Desmond:

Gracias por presentar tu candidatura al puesto de Técnico/a de Desarrollo de Producto en Lácteos Gorbea.

Hemos revisado tu perfil con detenimiento y, en esta ocasión, no vamos a seguir adelante con tu candidatura.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Personas
Lácteos Gorbea"""
add(dict(
    kind="rejection", slug="gorbea_workable_descartado", lang="es",
    company="Lácteos Gorbea", contact="", key="gor_rej", parent=None,
    frm=("Lácteos Gorbea", "noreply@candidates.workablemail.com"),
    subject="Tu candidatura en Lácteos Gorbea", subj_cs=("iso-8859-1", "b"),
    date="2026-04-21 11:50",
    text=_t,
    html=ats_card("Lácteos Gorbea", "#0369a1", paras(_t),
                  "Enviado con Workable. No respondas a este correo."),
))

add(dict(
    kind="rejection", slug="ibaizabal_otros_perfiles_cp1252", lang="es",
    company="Txokolate Ibaizabal", contact="from", key="ibz_rej", parent="ibz_move",
    frm=("Nerea Etxeberria", "nerea@ibaizabal.example.es"),
    subject="Re: Cambio de hora – charla del jueves", date="2026-06-05 13:25",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola Desmond:

Muchas gracias por la charla del otro día, fue un placer.

Te escribo para contarte que hemos decidido seguir con otros perfiles que se ajustan más a lo que necesitamos en el obrador ahora mismo: alguien con experiencia en templado y en la línea de bombones, más que en cocina salada. Sé que no es la respuesta que esperabas.

Un abrazo y mucho ánimo con la búsqueda,

Nerea Etxeberria
Responsable de I+D – Txokolate Ibaizabal
Calle Ribera 14, 48005 Bilbao · 944 15 62 08

“Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.”""",
))

_t = """Estimado/a Desmond Achterberg-Lyons:

Le agradecemos su interés en formar parte de Supermercados Nervión.

Le informamos de que la vacante de Chef de Desarrollo – Platos Preparados (ID 20418) se ha cubierto con una promoción interna, por lo que el proceso de selección queda cerrado.

Sus datos permanecerán en nuestra base de candidatos durante un año.

Atentamente,
Selección – Supermercados Nervión"""
add(dict(
    kind="rejection", slug="nervion_cubierta_internamente", lang="es",
    company="Supermercados Nervión", contact="", key="nerv_rej",
    frm=("Supermercados Nervión Empleo", "nervion-empleo@successfactors.eu"),
    subject="Proceso de selección cerrado – Chef de Desarrollo", subj_cs=("utf-8", "q"),
    date="2026-07-28 08:40",
    html=ats_card("Supermercados Nervión", "#b91c1c", paras(_t),
                  "Mensaje generado automáticamente por SAP SuccessFactors."),
    cte="quoted-printable",
))

_old = """Hola Leire:

Muchas gracias por organizar la entrevista con el Centro Gastronómico Abando. Me encantó conocer la cocina de pruebas y al equipo de Ander; sería una ilusión trabajar con ellos.

Saludos,
Desmond"""
add(dict(
    kind="rejection", slug="talentonorte_traslada_no_abando", lang="es",
    company="Centro Gastronómico Abando", contact="from", key="tn_abando_rej",
    parent="tn_abando_inv",
    frm=("Leire Urrutia", "leire.urrutia@talentonorte.example.es"),
    subject="RE: Entrevista Centro Gastronómico Abando", date="2026-10-01 10:18",
    text=outlook_reply("""Buenos días, Desmond:

El cliente nos ha trasladado hoy su decisión: no continuarán contigo en el proceso para la cocina de pruebas. Valoran mucho tu creatividad, pero para este puesto necesitan a alguien con un nivel de castellano más alto para dirigir las sesiones de cata con consumidores.

Siento mucho darte esta noticia. Seguiremos contando contigo para otros procesos.

Un saludo,
Leire Urrutia
Consultora de Selección · Talento Norte Selección
Alameda Mazarredo 39, 48009 Bilbao · 944 23 71 50""",
        "es", "Desmond Achterberg-Lyons <desmond.al@example.ie>",
        "jueves, 24 de septiembre de 2026 20:41",
        "Leire Urrutia <leire.urrutia@talentonorte.example.es>",
        "Entrevista Centro Gastronómico Abando", _old),
))
