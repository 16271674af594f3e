"""Interview invitations, reschedules/cancellations and missed-interview notices of the
ninety-seventh corpus, written one by one."""

from __future__ import annotations

from msgs97_common import ats_table

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

QF_UID = "7kq2m0d4v9c1@quillfeather.example.nl"
LMB_UID = "040000008200E00074C5B7101A82E00800000000A0C3F1D2B7D4DC01000000000000000010000000LMB2604"

# ---------------------------------------------------------------- interview_invitation (26)

# 1. Greenhouse scheduling request, recruiter in Reply-To.
add(
    kind="interview_invitation", scenario="greenhouse_scheduling", company="Bazaario",
    contact="lotte.kramer@bazaario.example.nl", lang="en",
    sender=("Bazaario via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Lotte Kramer", "lotte.kramer@bazaario.example.nl"),
    subject="Interview availability: Senior Privacy Counsel at Bazaario", date="2026-03-27 10:22",
    structure="alt", cte="quoted-printable",
    text="""Hi Inès,

Thanks for applying to the Senior Privacy Counsel role – the team would love to get to know you!

The first step is a 45-minute video interview with Joris Visser (General Counsel) and me. Please share your availability for next week using the link below:

https://app.greenhouse.io/scheduling/availability/8f7e61c2-4b0b-41d8-9a83-2c5d0e6f3d11

Once you've picked a few slots, you'll get a calendar invite with a Google Meet link. Any questions, just reply to this email.

Cheers,
Lotte Kramer
Talent Partner, Legal & Policy – Bazaario
""",
    html="""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#24292f;padding:16px;">
<p>Hi In&egrave;s,</p>
<p>Thanks for applying to the Senior Privacy Counsel role &ndash; the team would love to get to know you!</p>
<p>The first step is a <b>45-minute video interview</b> with Joris Visser (General Counsel) and me. Please share your availability for next week:</p>
<p><a href="https://us.greenhouse-mail.io/ls/click?upn=u001.Xk2pQb3-2FLm9&amp;dest=availability" style="background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Submit availability</a></p>
<p>Once you've picked a few slots, you'll get a calendar invite with a Google Meet link. Any questions, just reply to this email.</p>
<p>Cheers,<br>Lotte Kramer<br>Talent Partner, Legal &amp; Policy &ndash; Bazaario</p>
</td></tr></table>
<img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Zk9aL" width="1" height="1" alt="">
""",
)

# 2. A founder sends an Outlook meeting request (text/calendar METHOD:REQUEST).
add(
    kind="interview_invitation", scenario="calendar_request_founder", company="Quillfeather",
    contact="ruben@quillfeather.example.nl", lang="en",
    sender=("Ruben de Wit", "ruben@quillfeather.example.nl"),
    subject="Invitation: Quillfeather x Inès – privacy lead interview (Tue 17 Mar, 15:00 CET)",
    date="2026-03-12 14:40", structure="calendar", cte="quoted-printable",
    msgid="<20260312144000.qf-invite@quillfeather.example.nl>",
    text="""Hi Inès,

Great talking to you yesterday. As promised, here's an invite for a proper interview with Priya (our CTO) and me: Tuesday 17 March, 15:00–16:00 Amsterdam time, at our office on Czaar Peterstraat 213 (third floor, ring "Quillfeather"). If you'd rather do it on video, tell me and I'll switch it.

We'll talk through how you'd set up our privacy programme from zero, and you'll get to grill us about the product.

Ruben
Co-founder, Quillfeather
+31 6 5550 1187
""",
    calendar={"method": "REQUEST", "uid": QF_UID, "sequence": 0, "start": "20260317T150000",
                  "end": "20260317T160000", "summary": "Quillfeather x Inès – privacy lead interview",
                  "location": "Czaar Peterstraat 213, Amsterdam",
                  "organizer": ("Ruben de Wit", "ruben@quillfeather.example.nl"), "cte": "base64"},
)

# 3. SmartRecruiters, an on-site interview at a Dutch telecom; no-reply, no Reply-To.
add(
    kind="interview_invitation", scenario="smartrecruiters_onsite", company="Dijkstra Telecom",
    contact="", lang="en",
    sender=("Dijkstra Telecom Recruitment", "noreply@smartrecruiters.com"),
    subject="Invitation to interview – Privacy Counsel (Amsterdam)", date="2026-05-04 09:15",
    structure="html", cte="quoted-printable",
    html=ats_table(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/dijkstra.png",
        logo_alt="Dijkstra Telecom", accent="#ff6a13",
        pixel="https://t.smartrecruiters.com/e/o/ZGlqa3N0cmE.gif",
        body="""<p>Dear Inès,</p>
<p>We are pleased to invite you to an interview for the position of <b>Privacy Counsel</b>.</p>
<table cellpadding="4" style="font-size:14px;">
<tr><td><b>Date</b></td><td>Tuesday 12 May 2026</td></tr>
<tr><td><b>Time</b></td><td>13:30 – 14:30</td></tr>
<tr><td><b>Location</b></td><td>Dijkstra Telecom HQ, Rembrandtplein 41, Amsterdam (reception, ground floor)</td></tr>
<tr><td><b>Interviewers</b></td><td>Sven Hoekstra (Talent Acquisition), Marloes van Dam (Head of Legal)</td></tr>
</table>
<p>Please bring a valid ID for registration at the front desk.</p>
<p><a href="https://jobs.smartrecruiters.com/candidate/interview/confirm?t=6d1f2a" style="background:#ff6a13;color:#fff;padding:9px 16px;text-decoration:none;border-radius:3px;">Confirm attendance</a></p>
<p>Best regards,<br>Dijkstra Telecom Recruitment</p>""",
        footer="""Dijkstra Telecom B.V. &middot; Rembrandtplein 41 &middot; 1017 CT Amsterdam &middot; KvK 33044210<br>
This is an automated email sent by SmartRecruiters on behalf of Dijkstra Telecom. Replies are not monitored.""",
    ),
)

# 4. EU agency: written test and interview, invitation letter as PDF, reply to confirm.
add(
    kind="interview_invitation", scenario="eu_agency_letter_pdf", company="European Data Resilience Agency",
    contact="selection@edra.example.lu", lang="en",
    sender=("EDRA Selection", "selection@edra.example.lu"),
    subject="EDRA/TA/AD7/2026/04 – Invitation to the written test and interview",
    date="2026-06-01 11:05", structure="mixed", cte="7bit",
    text="""Dear Ms Vandermeulen-Osei,

Reference: EDRA/TA/AD7/2026/04 - Legal Officer (Data Protection)

Following the assessment of eligibility and selection criteria, we are pleased to inform you that you have been shortlisted for the next stage of the above selection procedure.

You are invited to sit a written test and an interview with the Selection Board on Thursday 18 June 2026 at the Agency's premises in Luxembourg. Please find the invitation letter attached, with the timetable, the documents to bring and the reimbursement rules for travel expenses.

Kindly confirm your attendance by replying to this e-mail no later than 8 June 2026.

Yours sincerely,

Selection Team - Human Resources Unit
European Data Resilience Agency
1, rue de l'Alzette, L-2346 Luxembourg
""",
    attachments=[("EDRA_TA_AD7_2026_04_Invitation_letter.pdf", [
        "European Data Resilience Agency - Human Resources Unit",
        "Luxembourg, 1 June 2026",
        "Ms Ines VANDERMEULEN-OSEI",
        "Subject: EDRA/TA/AD7/2026/04 - Invitation to the written test and interview",
        "Date: Thursday 18 June 2026",
        "09:30 Written test (90 minutes) - 14:00 Interview with the Selection Board",
        "Bring: passport or ID card, original diplomas, proof of professional experience.",
        "Travel expenses are reimbursed according to the Agency's rules.",
    ])],
)

# 5. A London agency names its Amsterdam client: company is the client.
add(
    kind="interview_invitation", scenario="agency_names_fintech", company="Paylinq",
    contact="tom.ashworth@lexselect.example.com", lang="en",
    sender=("Tom Ashworth", "tom.ashworth@lexselect.example.com"),
    subject="Paylinq - interview next week!", date="2026-06-11 16:28", tz="+0100",
    msgid="<20260611162800.tom@lexselect.example.com>",
    structure="plain", cte="8bit",
    text="""Hi Ines,

Great news – Paylinq would like to meet you! Their General Counsel, Dana Whitfield, loved your CV and particularly your PSD2/GDPR overlap work.

First interview: Wednesday 17 June, 11:00 CET, 45 minutes on Zoom (link to follow from their side). Dana will be joined by someone from their security team.

A couple of tips: they're keen on pragmatism – think "how would you get a DPIA done in a sprint". And do read their last transparency report.

Can you confirm 17th works? Give me a call any time on the mobile.

Best,
Tom

Tom Ashworth | Principal Consultant, In-house Legal | LexSelect Recruitment
M: +44 7700 900 412 | lexselect.example.com
LexSelect Recruitment Ltd. Registered in England No 09876543. Registered office: 1 Finsbury Avenue, London EC2M 2PF.
""",
)

# 6. A terse mobile reply; Outlook "-----Original Message-----" chain with "unfortunately".
add(
    kind="interview_invitation", scenario="terse_thursday", company="Brightwater & Partners",
    contact="n.okafor@brightwater-partners.example.com", lang="en",
    sender=("Nadia Okafor", "n.okafor@brightwater-partners.example.com"),
    subject="RE: Privacy & Data Counsel - Amsterdam", date="2026-07-07 08:11",
    structure="plain", cte="quoted-printable",
    in_reply_to="<DB9PR10MB5841C0FFEE@mail.example.be>",
    references=["<AS8PR02MB7420AA11@brightwater-partners.example.com>",
                "<DB9PR10MB5841C0FFEE@mail.example.be>"],
    text="""Thu 3pm CET works? 30 min with Jeroen (our GC), Teams. Invite to follow.
N

Sent from my iPhone

-----Original Message-----
From: Inès Vandermeulen-Osei <ines.vo@example.be>
Sent: Monday, July 6, 2026 9:47 PM
To: Nadia Okafor <n.okafor@brightwater-partners.example.com>
Subject: RE: Privacy & Data Counsel - Amsterdam

Dear Nadia,

Unfortunately I missed your call this afternoon – I was in a hearing. I'm very much still interested in the role and available most of this week.

Best regards,
Inès

-----Original Message-----
From: Nadia Okafor <n.okafor@brightwater-partners.example.com>
Sent: Monday, July 6, 2026 2:05 PM
To: Inès Vandermeulen-Osei <ines.vo@example.be>
Subject: Privacy & Data Counsel - Amsterdam

Dear Inès, I tried to reach you by phone regarding your application. Could you let me know a good time to talk?

Nadia Okafor
Senior Associate, People
Brightwater & Partners LLP
Strawinskylaan 1441, 1077 XX Amsterdam
""",
)

# 7. Ashby self-scheduling link, HTML only, no human reply address.
add(
    kind="interview_invitation", scenario="ashby_self_schedule", company="Tessellate Labs", contact="",
    lang="en",
    sender=("Tessellate Labs", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Tessellate Labs", date="2026-07-15 13:02", tz="+0000",
    structure="html", cte="base64",
    html="""<!DOCTYPE html><html><body style="background:#f6f6f9;margin:0;padding:24px;">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:28px;font-family:Inter,Segoe UI,Arial,sans-serif;font-size:14px;color:#1a1a2e;">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/tessellate.png" alt="Tessellate Labs" height="28">
<h3 style="margin-top:20px;">Hi Inès, let's find a time 👋</h3>
<p>You've moved forward to the next stage for <b>Head of Privacy &amp; Data Governance</b>. Next up is a 60-minute conversation with Maya Lindqvist (COO) and Arjun Mehta (CTO).</p>
<p style="text-align:center;margin:28px 0;"><a href="https://jobs.ashbyhq.com/tessellate/interview/schedule?token=eyJ0eXAiOiJKV1Qi" style="background:#4b3df5;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;">Pick a time</a></p>
<p>Slots are shown in your local time zone. If none of them work, use the link to request other times.</p>
<p style="color:#777;font-size:12px;">Tessellate Labs &middot; Westerdok 14, Amsterdam<br>Powered by Ashby &middot; <a href="https://app.ashbyhq.com/candidate-privacy">Privacy</a></p>
</div>
<img src="https://ea.ashbyhq.com/o/7c2e9.png" width="1" height="1" alt="">
</body></html>
""",
)

# 8. A Geneva institute, panel with a presentation, HR officer writes herself.
add(
    kind="interview_invitation", scenario="geneva_institute_panel", company="Institute for Digital Governance Studies",
    contact="a.ferreira@idgs-geneva.example.ch", lang="en",
    sender=("Ana Ferreira", "a.ferreira@idgs-geneva.example.ch"),
    subject="Data Protection Officer – interview on 2 September", date="2026-08-20 15:37",
    structure="plain", cte="quoted-printable",
    text="""Dear Ms Vandermeulen-Osei,

On behalf of the selection panel, I am pleased to invite you to an interview for the post of Data Protection Officer (100%).

Date: Wednesday 2 September 2026
Time: 10:00–11:30
Place: Villa des Mûriers annex, Chemin des Mûriers 2, 1202 Geneva, room 3.12

The interview will begin with a 15-minute presentation on the following topic: "Research data from the Global South: designing a lawful transfer framework for an academic institution after Schrems II". You may use up to five slides; please send them to me by 1 September at noon.

The panel will consist of the Director of Administration, our Head of IT and Professor Helen Achterberg.

Travel costs from Brussels will be reimbursed on presentation of receipts (second class rail or economy flight).

I would be grateful if you could confirm your participation.

Kind regards,

Ana Ferreira
Human Resources Officer
Institute for Digital Governance Studies
Chemin des Mûriers 2 | CH-1202 Geneva
T +41 22 555 61 48
""",
)

# 9. Belgian public body: summons to an oral test, Reply-To the HR officer.
add(
    kind="interview_invitation", scenario="convocation_epreuve_orale", company="Agence bruxelloise pour la simplification numérique",
    contact="n.goossens@absn.example.be", lang="fr",
    sender=("ABSN – Sélection", "selection@absn.example.be"),
    reply_to=("Nathalie Goossens", "n.goossens@absn.example.be"),
    subject="Convocation – épreuve orale – Conseiller juridique DPO (A2) – réf. ABSN/2026/007",
    date="2026-04-20 10:30", structure="plain", cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous informer que vous avez réussi l'épreuve écrite de la sélection comparative ABSN/2026/007 (Conseiller juridique – Délégué à la protection des données, niveau A2).

Vous êtes dès lors convoquée à l'épreuve orale qui aura lieu le :

  mercredi 6 mai 2026 à 14h00
  Agence bruxelloise pour la simplification numérique
  Boulevard du Jardin botanique 20, 1000 Bruxelles – 7e étage, salle Iris

L'épreuve consiste en un entretien de 45 minutes avec le jury, précédé de 30 minutes de préparation d'un cas pratique. Nous vous prions de vous présenter 15 minutes à l'avance, munie de votre carte d'identité.

Les candidats qui souhaitent un aménagement raisonnable sont invités à le signaler au plus tard le 29 avril.

Merci de confirmer votre présence en répondant à ce courriel (il sera traité par Mme Goossens).

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nathalie Goossens
Attachée – Cellule Sélection & Recrutement
Agence bruxelloise pour la simplification numérique (ABSN)
Tél. 02 555 80 21
""",
)

# 10. A Brussels digital-rights NGO, warm vouvoiement, short.
add(
    kind="interview_invitation", scenario="ong_rencontre", company="Ligue des droits numériques",
    contact="yannick@liguedn.example.be", lang="fr",
    sender=("Yannick Lejeune", "yannick@liguedn.example.be"),
    subject="Votre candidature – on se rencontre ?", date="2026-05-19 12:44",
    structure="plain", cte="8bit",
    text="""Bonjour Inès,

Votre candidature pour le poste de juriste – chargée de plaidoyer nous a beaucoup plu, et on aimerait vous rencontrer !

Seriez-vous disponible le mardi 26 mai à 16h, dans nos bureaux de la rue de la Victoire (Saint-Gilles) ? Ce serait avec moi et Nour, notre coordinatrice. Compter une heure, autour d'un café. Si ça ne va pas, proposez-moi deux ou trois créneaux la semaine suivante.

À tantôt, j'espère !

Yannick Lejeune
Coordinateur général
Ligue des droits numériques asbl
Rue de la Victoire 96 – 1060 Saint-Gilles
0470 55 62 18
""",
)

# 11. A university's recruitment mailbox, signed by a person, asks to confirm by reply.
add(
    kind="interview_invitation", scenario="universite_jury", company="Université Charlemagne",
    contact="rh-recrutement@univ-charlemagne.example.be", lang="fr",
    sender=("Université Charlemagne – Recrutement", "rh-recrutement@univ-charlemagne.example.be"),
    subject="Entretien – Délégué(e) à la protection des données (réf. UC-ADM-2026-12)",
    date="2026-03-10 09:58", structure="alt", cte="quoted-printable",
    text="""Madame Vandermeulen-Osei,

Suite à l'examen des candidatures, le jury de sélection souhaite vous entendre pour le poste de Délégué(e) à la protection des données (réf. UC-ADM-2026-12).

L'entretien se tiendra le jeudi 26 mars 2026 à 10h30, au bâtiment du Rectorat, avenue Franklin Roosevelt 58, 1050 Bruxelles, salle du Conseil (2e étage). Il durera environ une heure et comprendra une mise en situation.

Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.

Bien cordialement,

Isabelle Van Hecke
Administration des ressources humaines – Recrutement
Université Charlemagne
""",
    html="""<div style="font-family:'Times New Roman',serif;font-size:15px;">
<p>Madame Vandermeulen-Osei,</p>
<p>Suite à l'examen des candidatures, le jury de sélection souhaite vous entendre pour le poste de <b>Délégué(e) à la protection des données</b> (réf. UC-ADM-2026-12).</p>
<p>L'entretien se tiendra le <b>jeudi 26 mars 2026 à 10h30</b>, au bâtiment du Rectorat, avenue Franklin Roosevelt 58, 1050 Bruxelles, salle du Conseil (2e étage). Il durera environ une heure et comprendra une mise en situation.</p>
<p>Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.</p>
<p>Bien cordialement,</p>
<p>Isabelle Van Hecke<br><i>Administration des ressources humaines – Recrutement</i><br>
<img src="https://www.univ-charlemagne.example.be/static/sig-uc.png" alt="Université Charlemagne" width="120"></p>
</div>
""",
)

# 12. A Paris firm's assistant; French Outlook chain from the head-hunter below.
add(
    kind="interview_invitation", scenario="cabinet_paris_assistante", company="Moreau & Associés",
    contact="c.lamy@moreau-associes.example.fr", lang="fr",
    sender=("Corinne Lamy", "c.lamy@moreau-associes.example.fr"),
    cc=[("Armand Ruelle", "armand@ruelle-conseil.example.fr")],
    subject="RE: Présentation – Mme Vandermeulen-Osei", date="2026-04-15 11:20",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    in_reply_to="<PR1P264MB3120R@ruelle-conseil.example.fr>",
    text="""Madame,

Maître Moreau souhaiterait vous rencontrer à la suite de la présentation de M. Ruelle.

Pourriez-vous venir au cabinet le jeudi 23 avril à 18h30 ? Le rendez-vous durera environ une heure, avec Maître Moreau et Maître Sabatier, associée du pôle IP/IT.

Le cabinet se trouve 41, avenue Hoche, 75008 Paris (digicode 4521B, 3e étage).

Je vous remercie de me confirmer votre venue.

Bien cordialement,

Corinne Lamy
Assistante de Maître Frédéric Moreau
Moreau & Associés – Avocats à la Cour
41, avenue Hoche – 75008 Paris
Tél. : 01 55 43 21 09

De : Armand Ruelle <armand@ruelle-conseil.example.fr>
Envoyé : lundi 13 avril 2026 17:02
À : Frédéric Moreau <f.moreau@moreau-associes.example.fr>
Cc : Corinne Lamy <c.lamy@moreau-associes.example.fr>
Objet : Présentation – Mme Vandermeulen-Osei

Cher Frédéric,

Comme convenu, je te présente Inès Vandermeulen-Osei, avocate au barreau de Bruxelles depuis neuf ans, spécialisée en protection des données. Elle n'a malheureusement jamais plaidé à Paris, mais son expérience contentieuse devant l'APD belge est solide. CV en pièce jointe.

Amitiés,
Armand
""",
)

# 13. A Geneva hospital, iso-8859-1, plain, Swiss wording.
add(
    kind="interview_invitation", scenario="hopital_geneve_latin1", company="Hôpitaux de la Tourelle",
    contact="sylvie.rochat@tourelle.example.ch", lang="fr",
    sender=("Rochat Sylvie", "sylvie.rochat@tourelle.example.ch"),
    subject="Invitation à un entretien - Juriste protection des données 80%",
    date="2026-03-03 16:12", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous inviter à un premier entretien pour le poste de juriste protection des données (taux d'activité 80%) au sein de notre Direction des affaires juridiques.

L'entretien aura lieu le jeudi 12 mars à 9h30, au bâtiment administratif des Hôpitaux de la Tourelle, rue des Tilleuls 6, 1205 Genève, bureau 204. Vous rencontrerez Me Laurent Junod, directeur des affaires juridiques, et moi-même.

Je vous saurais gré de me confirmer votre disponibilité d'ici au lundi 9 mars. Pour toute question, je suis atteignable au 022 555 28 90.

Avec nos meilleures salutations,

Sylvie Rochat
Spécialiste RH
Hôpitaux de la Tourelle
""",
)

# 14. A private bank sends an Outlook meeting request (REQUEST), HTML and text.
add(
    kind="interview_invitation", scenario="banque_privee_invitation_agenda", company="Banque Lambermont & Cie",
    contact="o.delhoneux@lambermont.example.be", lang="fr",
    sender=("de Lhoneux Olivier", "o.delhoneux@lambermont.example.be"),
    subject="Entretien – Privacy Counsel – jeudi 23 avril", date="2026-04-09 17:50",
    structure="calendar", cte="quoted-printable",
    text="""Chère Madame,

Je vous remercie pour notre échange téléphonique de ce matin. Comme convenu, je vous propose un entretien le jeudi 23 avril de 10h00 à 11h00 dans nos bureaux, avec Madame Anne-Sophie Wauters, Chief Compliance Officer.

Adresse : Banque Lambermont & Cie, rue Royale 118, 1000 Bruxelles. Merci de vous présenter à l'accueil.

Vous trouverez l'invitation ci-jointe ; n'hésitez pas à l'accepter dans votre agenda.

Bien à vous,

Olivier de Lhoneux
Head of Human Resources
Banque Lambermont & Cie
""",
    html="""<div style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Chère Madame,</p>
<p>Je vous remercie pour notre échange téléphonique de ce matin. Comme convenu, je vous propose un entretien le <b>jeudi 23 avril de 10h00 à 11h00</b> dans nos bureaux, avec Madame Anne-Sophie Wauters, Chief Compliance Officer.</p>
<p>Adresse : Banque Lambermont &amp; Cie, rue Royale 118, 1000 Bruxelles. Merci de vous présenter à l'accueil.</p>
<p>Vous trouverez l'invitation ci-jointe ; n'hésitez pas à l'accepter dans votre agenda.</p>
<p>Bien à vous,</p>
<p><b>Olivier de Lhoneux</b><br>Head of Human Resources<br>Banque Lambermont &amp; Cie</p>
<p style="font-size:8pt;color:#808080;">Banque Lambermont &amp; Cie SA – Rue Royale 118, 1000 Bruxelles – RPM Bruxelles 0403.111.222 – Ce message et ses annexes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.</p>
</div>
""",
    calendar={"method": "REQUEST", "uid": LMB_UID, "sequence": 0, "start": "20260423T100000",
                  "end": "20260423T110000", "summary": "Entretien Privacy Counsel – I. Vandermeulen-Osei",
                  "location": "Rue Royale 118, 1000 Bruxelles – salle Sablon",
                  "organizer": ("de Lhoneux Olivier", "o.delhoneux@lambermont.example.be"),
                  "cte": "base64"},
)

# 15. A Geneva pension fund: HTML invitation for a Teams interview, HR officer in Reply-To.
add(
    kind="interview_invitation", scenario="caisse_pension_visio", company="Caisse Lémanique de Prévoyance",
    contact="l.favre@clp-geneve.example.ch", lang="fr",
    sender=("CLP Recrutement", "recrutement@clp-geneve.example.ch"),
    reply_to=("Laurent Favre", "l.favre@clp-geneve.example.ch"),
    subject="Entretien par visioconférence – Responsable conformité & protection des données",
    date="2026-06-22 10:05", structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#202020;">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #2a6f97;padding-bottom:10px;"><img src="https://www.clp-geneve.example.ch/img/clp-logo.png" alt="Caisse Lémanique de Prévoyance"></td></tr>
<tr><td style="padding-top:16px;">
<p>Madame,</p>
<p>Votre dossier a retenu toute notre attention et nous souhaitons vous rencontrer pour un premier entretien en visioconférence (Microsoft Teams) :</p>
<ul>
<li><b>Lundi 29 juin 2026, de 14h00 à 15h00</b></li>
<li>avec M. Pierre-Alain Chappuis, secrétaire général, et M. Laurent Favre, RH</li>
<li>lien : <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTQ1">Rejoindre la réunion</a></li>
</ul>
<p>En cas d'empêchement, merci de répondre à ce message ; M. Favre vous proposera un autre créneau.</p>
<p>Avec nos meilleures salutations,</p>
<p>Laurent Favre<br>Ressources humaines<br>Caisse Lémanique de Prévoyance<br>Rue du Rhône 90, 1204 Genève</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding-top:14px;">Ce message est confidentiel. La CLP est une institution de prévoyance de droit public.</td></tr>
</table>
</body></html>
""",
)

# 16. The first-round invitation from a Paris consultancy; Gmail chain with the application.
add(
    kind="interview_invitation", scenario="premier_entretien_gmail", company="Varenne Conformité",
    contact="helene.varenne@varenne-conformite.example.fr", lang="fr",
    sender=("Hélène Varenne", "helene.varenne@varenne-conformite.example.fr"),
    subject="Re: Candidature Consultante senior RGPD", date="2026-03-04 08:47",
    structure="plain", cte="base64",
    in_reply_to="<CAJ1w5nUa9=ines.cand@mail.example.be>",
    text="""Bonjour Inès,

Merci pour votre candidature, très complète. Je vous propose un premier entretien en visio le mercredi 11 mars à 9h (45 minutes environ), avec moi. Je vous enverrai le lien Meet la veille.

Dites-moi si le créneau vous convient.

Bien à vous,
Hélène Varenne
Varenne Conformité

Le dim. 1 mars 2026 à 21:30, Inès Vandermeulen-Osei <ines.vo@example.be> a écrit :
> Madame,
>
> Je vous adresse ma candidature au poste de consultante senior RGPD publié sur votre site. Avocate depuis neuf ans à Bruxelles, je souhaite rejoindre une structure de conseil.
>
> Je reste à votre disposition,
> Inès Vandermeulen-Osei
""",
)

# 17. The agency's own qualification meeting (no client named): company is the agency.
add(
    kind="interview_invitation", scenario="agence_entretien_qualification", company="Juristes & Talents",
    contact="s.declercq@juristes-talents.example.be", lang="fr",
    sender=("Sophie Declercq", "s.declercq@juristes-talents.example.be"),
    subject="Rencontre à nos bureaux", date="2026-02-24 15:16",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Madame Vandermeulen-Osei,

Merci d'avoir répondu à notre annonce. Votre profil correspond à plusieurs mandats que nous suivons actuellement (banque, assurance et secteur public), et j'aimerais vous rencontrer pour un entretien approfondi avant de vous présenter à nos clients.

Je vous propose le mardi 3 mars à 12h30 à nos bureaux de l'avenue Louise, ou le mercredi 4 mars à 17h si vous préférez en fin de journée. Comptez une heure.

Merci de m'indiquer le créneau qui vous convient.

Bien cordialement,

Sophie Declercq
Senior Consultant – Legal & Compliance
Juristes & Talents
Avenue Louise 149 | 1050 Bruxelles
+32 2 555 18 40
""",
)

# 18. A Lille start-up, tutoiement, invites to an immersion day.
add(
    kind="interview_invitation", scenario="startup_journee_immersion", company="Panier malin",
    contact="chloe@paniermalin.example.fr", lang="fr",
    sender=("Chloé Dufresne", "chloe@paniermalin.example.fr"),
    subject="Prochaine étape !", date="2026-08-06 09:31",
    structure="plain", cte="8bit",
    text="""Coucou Inès !

Super échange hier, merci 😊 Comme je te disais, chez nous la dernière étape c'est une journée d'immersion avec l'équipe : tu passes la journée avec nous, tu déjeunes avec l'équipe produit et tu nous animes un petit atelier d'une heure sur le sujet de ton choix (RGPD, cookies, IA, à toi de voir).

Je te propose le mardi 18 août, de 9h30 à 17h, dans nos locaux à La Filature numérique (165 avenue de Bretagne, Lille). On te rembourse le train depuis Bruxelles évidemment.

Ça te va ?

Chloé
CEO @ Panier malin
06 55 87 12 40
""",
)

# 19. A Luxembourg institute: formal invitation, access map as PDF, multipart/mixed.
add(
    kind="interview_invitation", scenario="institut_lux_plan_acces", company="Institut luxembourgeois du droit numérique",
    contact="m.schmit@ildn.example.lu", lang="fr",
    sender=("ILDN – Recrutement", "recrutement@ildn.example.lu"),
    reply_to=("Martine Schmit", "m.schmit@ildn.example.lu"),
    subject="Entretien de sélection – Chargé(e) de recherche en droit de la protection des données",
    date="2026-05-26 14:05", structure="mixed", charset="iso-8859-1", header_charset="utf-8",
    cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous convier à un entretien de sélection pour le poste de chargée de recherche en droit de la protection des données (CDD de 3 ans, temps plein).

Date : vendredi 5 juin 2026, 11h00
Lieu : Institut luxembourgeois du droit numérique, 6 rue Richard Coudenhove-Kalergi, L-1359 Luxembourg-Kirchberg, salle B2.07

L'entretien comprendra une présentation de vos travaux (15 minutes) suivie d'un échange avec le comité. Vous trouverez en pièce jointe un plan d'accès et les informations de stationnement.

Merci de confirmer votre présence auprès de Mme Schmit en répondant à ce message.

Veuillez agréer, Madame, nos salutations distinguées.

Martine Schmit
Service des ressources humaines
Institut luxembourgeois du droit numérique (ILDN)
""",
    attachments=[("ILDN_plan_acces_Kirchberg.pdf", [
        "Institut luxembourgeois du droit numerique - Plan d'acces",
        "6 rue Richard Coudenhove-Kalergi, L-1359 Luxembourg-Kirchberg",
        "Tram: arret Universite / Coque. Bus 16 depuis la gare centrale.",
        "Parking visiteurs: niveau -1, badge a demander a l'accueil.",
    ])],
)

# 20. Teamtailor in French, a Paris mutual insurer, HTML only, no reply address.
add(
    kind="interview_invitation", scenario="teamtailor_mutuelle", company="Mutuelle Lefort", contact="",
    lang="fr",
    sender=("Mutuelle Lefort", "no-reply@teamtailor-mail.com"),
    subject="Mutuelle Lefort – Réservez votre entretien", date="2026-07-21 11:48",
    structure="html", cte="quoted-printable",
    html="""<!doctype html><html lang="fr"><body style="margin:0;background:#f4f1fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;">
<tr><td style="padding:26px 30px 0;"><img src="https://assets.teamtailor-cdn.com/mutuelle-lefort/logo.png" alt="Mutuelle Lefort" height="38"></td></tr>
<tr><td style="padding:20px 30px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2340;">
<p>Bonjour Inès,</p>
<p>Bonne nouvelle : Bérénice Lagarde, notre directrice juridique, souhaite échanger avec vous au sujet du poste de <b>Juriste conformité &amp; données personnelles (CDI)</b>.</p>
<p>Choisissez le créneau qui vous arrange parmi ceux proposés (entretien de 45 min dans nos locaux du 12e arrondissement ou en visio) :</p>
<p><a href="https://mutuelle-lefort.teamtailor.com/meetings/book/6a1d3f?c=ines" style="display:inline-block;background:#6c3fc5;color:#fff;padding:11px 20px;border-radius:6px;text-decoration:none;">Réserver un créneau</a></p>
<p>À très vite,<br>L'équipe recrutement de la Mutuelle Lefort</p>
</td></tr>
<tr><td style="padding:16px 30px 26px;font-family:Arial,sans-serif;font-size:11px;color:#9d94b3;">Mutuelle Lefort – mutuelle régie par le livre II du Code de la mutualité – 19 rue de Bercy, 75012 Paris<br>
Cet e-mail a été envoyé via Teamtailor. <a href="https://mutuelle-lefort.teamtailor.com/connect/unsubscribe?token=a81">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://trk.teamtailor-mail.com/o/p/bXV0dWVsbGU.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 21. Lever in French, an e-commerce brand, talent partner in Reply-To, multipart/alternative.
add(
    kind="interview_invitation", scenario="lever_ecommerce_fr", company="Maisonnette",
    contact="camille.roux@maisonnette.example.fr", lang="fr",
    sender=("Maisonnette", "no-reply@hire.lever.co"),
    reply_to=("Camille Roux", "camille.roux@maisonnette.example.fr"),
    subject="Maisonnette x Inès : entretien avec notre DAF", date="2026-06-29 17:36",
    structure="alt", cte="quoted-printable",
    text="""Bonjour Inès,

Merci pour ton temps au téléphone vendredi ! Comme convenu, la prochaine étape est un entretien avec Grégoire, notre DAF, qui supervise le juridique.

Créneau proposé : jeudi 9 juillet à 11h, dans nos bureaux (58 rue de la Chaussée-d'Antin, Paris 9e). Si tu préfères la visio, dis-le-moi en réponse à ce mail.

À bientôt,
Camille Roux
Talent Acquisition – Maisonnette
""",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2e2e2e;">
<p>Bonjour Inès,</p>
<p>Merci pour ton temps au téléphone vendredi ! Comme convenu, la prochaine étape est un entretien avec Grégoire, notre DAF, qui supervise le juridique.</p>
<p><b>Créneau proposé :</b> jeudi 9 juillet à 11h, dans nos bureaux (58 rue de la Chaussée-d'Antin, Paris 9e). Si tu préfères la visio, dis-le-moi en réponse à ce mail.</p>
<p>À bientôt,<br>Camille Roux<br><span style="color:#999;">Talent Acquisition – Maisonnette</span></p>
<p style="font-size:11px;color:#bbb;">Envoyé via Lever · <a href="https://jobs.lever.co/maisonnette">Nos offres</a></p>
</div>
""",
)

# 22. softgarden, German, invitation to a first interview; HR partner in Reply-To.
add(
    kind="interview_invitation", scenario="softgarden_einladung", company="Kessler & Roth Privatbank",
    contact="m.albrecht@kesslerroth.example.de", lang="de",
    sender=("Kessler & Roth Privatbank über softgarden", "noreply@softgarden.io"),
    reply_to=("Miriam Albrecht", "m.albrecht@kesslerroth.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Senior Compliance Manager Datenschutz",
    date="2026-04-08 14:20", structure="plain", charset="iso-8859-1", header_charset="utf-8",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Haus. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Datum: Donnerstag, 16. April 2026
Uhrzeit: 14:00 bis ca. 15:30 Uhr
Ort: Kessler & Roth Privatbank, Bockenheimer Anlage 9, 60322 Frankfurt am Main (Empfang im Erdgeschoss)
Gesprächspartner: Dr. Matthias Falk (Leiter Compliance) und Miriam Albrecht (HR)

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail. Reisekosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen

Miriam Albrecht
HR Business Partner
Kessler & Roth Privatbank
""",
)

# 23. A Frankfurt consultancy partner, Sie, Teams; HTML only from Outlook.
add(
    kind="interview_invitation", scenario="beratung_teams_gespraech", company="Mainzer Treuhand Consulting",
    contact="s.weidner@mainzer-treuhand.example.de", lang="de",
    sender=("Weidner, Stefan", "s.weidner@mainzer-treuhand.example.de"),
    subject="Ihre Bewerbung – Gesprächseinladung", date="2026-07-13 08:52",
    structure="html", cte="8bit",
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f;">
<p>Sehr geehrte Frau Vandermeulen-Osei,</p>
<p>vielen Dank für Ihre Bewerbung als Managerin Data Protection &amp; Privacy in unserem Frankfurter Büro. Ich würde Sie gern in einem ersten Gespräch per Microsoft Teams näher kennenlernen.</p>
<p>Passt Ihnen <b>Dienstag, der 21. Juli, um 9:30 Uhr</b>? Wir planen etwa eine Stunde ein; neben mir wird Frau Dr. Ulrike Sommer aus unserem Luxemburger Team teilnehmen.</p>
<p>Falls der Termin nicht passt, nennen Sie mir gern zwei Alternativen.</p>
<p>Mit freundlichen Grüßen<br>Stefan Weidner</p>
<p style="font-size:9pt;color:#595959;">Stefan Weidner | Partner | Risk &amp; Regulatory<br>
Mainzer Treuhand Consulting GmbH | Neue Mainzer Straße 52 | 60311 Frankfurt am Main<br>
Tel. +49 69 5550 7720 | <a href="https://www.mainzer-treuhand.example.de">www.mainzer-treuhand.example.de</a><br>
Geschäftsführer: Stefan Weidner, Petra Lorenz-Kühn | Amtsgericht Frankfurt am Main HRB 10455</p>
<p style="font-size:8pt;color:#a6a6a6;">Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.</p>
</div></body></html>
""",
)

# 24. A German head-hunter names the client bank: company is the client.
add(
    kind="interview_invitation", scenario="headhunter_nennt_bank", b_words=True, company="Bankhaus Falkenried",
    contact="c.vogt@huntervogt.example.de", lang="de",
    sender=("Christiane Vogt", "c.vogt@huntervogt.example.de"),
    to=[("Ines Vandermeulen-Osei", "ines.vo@example.be")],
    subject="Termin beim Bankhaus Falkenried", date="2026-08-12 18:05",
    structure="plain", cte="8bit",
    text="""Liebe Frau Vandermeulen-Osei,

gute Nachrichten: Das Bankhaus Falkenried möchte Sie kennenlernen! Herr Tobias Engel (Personalleitung) und Frau Dr. Reinhild Brandis (Bereichsleiterin Recht) laden Sie zu einem ersten Gespräch ein.

Termin: Mittwoch, 19. August, 15:00 Uhr
Ort: Bankhaus Falkenried, Neue Rothofstraße 3, 60313 Frankfurt

Sie können natürlich Englisch sprechen, wenn Ihnen das lieber ist – aber Ihr Deutsch wird dort sicher gut ankommen.

Ich rufe Sie morgen an, um das Gespräch vorzubereiten.

Herzliche Grüße
Christiane Vogt

Hunter & Vogt Executive Search GmbH
Partnerin | Legal & Compliance Practice
Grüneburgweg 16, 60322 Frankfurt
Geschäftsführer: Dr. Rainer Hunter, Christiane Vogt | HRB 90817, Amtsgericht Frankfurt am Main
""",
)

# 25. A Madrid insurer, formal usted, video interview.
add(
    kind="interview_invitation", scenario="aseguradora_videollamada", company="Seguros Alcázar",
    contact="marta.gil@segurosalcazar.example.es", lang="es",
    sender=("Marta Gil Ferrándiz", "marta.gil@segurosalcazar.example.es"),
    subject="Entrevista - Responsable de Protección de Datos", date="2026-07-28 12:30",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Estimada Sra. Vandermeulen-Osei:

Tras revisar su candidatura para el puesto de Responsable de Protección de Datos, nos complace invitarle a una primera entrevista por videollamada (Microsoft Teams).

Fecha: jueves, 6 de agosto de 2026
Hora: 10:00 (hora peninsular)
Duración aproximada: 45 minutos
Entrevistadores: D. Ignacio Lozano, Director de Cumplimiento Normativo, y yo misma.

Le agradeceríamos que nos confirmara su disponibilidad respondiendo a este correo.

Reciba un cordial saludo,

Marta Gil Ferrándiz
Técnico de Selección – Dirección de Personas
Seguros Alcázar
C/ de Alcalá 265, 28027 Madrid
Tel. 915 552 781

Seguros Alcázar, S.A. de Seguros y Reaseguros – Inscrita en el R.M. de Madrid, Tomo 1234, Folio 56, Hoja M-78901
""",
)

# 26. A Madrid start-up founder, "tú", casual, proposes a video chat.
add(
    kind="interview_invitation", scenario="startup_charla_video", company="Lumbre",
    contact="alvaro@lumbre.example.es", lang="es",
    sender=("Álvaro Ribera", "alvaro@lumbre.example.es"),
    subject="¿Hablamos?", date="2026-06-10 19:12",
    structure="plain", cte="quoted-printable",
    text="""¡Hola Inés!

Soy Álvaro, cofundador de Lumbre. Me ha llegado tu candidatura para lo de legal & privacy y me ha encantado (y que hables cuatro idiomas, ni te cuento).

¿Te va bien una videollamada el martes 16 a las 18:00? Media hora, sin corbata: te cuento en qué punto estamos y tú me cuentas qué buscas.

Te mando el enlace de Meet en cuanto me digas.

¡Un saludo!
Álvaro

Álvaro Ribera · Cofundador
Lumbre · calzado hecho en Elche
""",
)

# ------------------------------------------------------- interview_reschedule_or_cancel (15)

# 1. The founder moves the meeting: text/calendar REQUEST, same UID, SEQUENCE:1.
add(
    kind="interview_reschedule_or_cancel", scenario="calendar_sequence_update", company="Quillfeather",
    contact="ruben@quillfeather.example.nl", lang="en",
    sender=("Ruben de Wit", "ruben@quillfeather.example.nl"),
    subject="Updated invitation: Quillfeather x Inès – privacy lead interview (Wed 18 Mar, 11:00 CET)",
    date="2026-03-15 22:06", structure="calendar", cte="8bit",
    in_reply_to="<20260312144000.qf-invite@quillfeather.example.nl>",
    text="""Hi Inès,

Sorry for the shuffle – Priya has to be in Berlin for an investor meeting on Tuesday. I've moved our interview to Wednesday 18 March, 11:00–12:00, same place. Updated invite attached; let me know if the new time doesn't work and we'll find another one.

Ruben
""",
    calendar={"method": "REQUEST", "uid": QF_UID, "sequence": 1, "start": "20260318T110000",
                  "end": "20260318T120000", "summary": "Quillfeather x Inès – privacy lead interview",
                  "location": "Czaar Peterstraat 213, Amsterdam",
                  "organizer": ("Ruben de Wit", "ruben@quillfeather.example.nl"), "cte": "8bit"},
)

# 2. Ashby; the interviewer is ill. COO in Reply-To.
add(
    kind="interview_reschedule_or_cancel", scenario="ashby_interviewer_ill", company="Tessellate Labs",
    contact="maya@tessellate.example.nl", lang="en",
    sender=("Tessellate Labs", "no-reply@ashbyhq.com"),
    reply_to=("Maya Lindqvist", "maya@tessellate.example.nl"),
    subject="Change to your interview on Thursday", date="2026-07-22 07:45", tz="+0000",
    structure="alt", cte="quoted-printable",
    text="""Hi Inès,

Arjun is home with a fever today, so we need to move Thursday's interview. Rather than doing it with only one of us, we'd like to reschedule.

You can pick a new slot here (all next week): https://jobs.ashbyhq.com/tessellate/interview/reschedule?token=Qm9vaw

Apologies for the late notice – reply here if anything is unclear.

Maya Lindqvist
COO, Tessellate Labs
""",
    html="""<div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1a1a2e;">
<p>Hi Inès,</p>
<p>Arjun is home with a fever today, so we need to move Thursday's interview. Rather than doing it with only one of us, we'd like to reschedule.</p>
<p><a href="https://jobs.ashbyhq.com/tessellate/interview/reschedule?token=Qm9vaw" style="color:#4b3df5;">Pick a new slot</a> (all next week)</p>
<p>Apologies for the late notice – reply here if anything is unclear.</p>
<p>Maya Lindqvist<br>COO, Tessellate Labs</p>
</div>
""",
)

# 3. SmartRecruiters: the on-site interview becomes a video call. No human address.
add(
    kind="interview_reschedule_or_cancel", scenario="switched_to_video", company="Dijkstra Telecom",
    contact="", lang="en",
    sender=("Dijkstra Telecom Recruitment", "noreply@smartrecruiters.com"),
    subject="Update: your interview on 12 May will take place online", date="2026-05-08 15:20",
    structure="html", cte="quoted-printable",
    html=ats_table(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/dijkstra.png",
        logo_alt="Dijkstra Telecom", accent="#ff6a13",
        pixel="https://t.smartrecruiters.com/e/o/ZGlqa3N0cmEy.gif",
        body="""<p>Dear Inès,</p>
<p>Due to renovation works at our headquarters, your interview for <b>Privacy Counsel</b> on <b>Tuesday 12 May at 13:30</b> will now take place <b>via Microsoft Teams</b> instead of at Rembrandtplein.</p>
<p>The date, time and interviewers stay the same. You will receive the Teams link one day in advance.</p>
<p><a href="https://jobs.smartrecruiters.com/candidate/interview/view?t=6d1f2a" style="color:#ff6a13;">View interview details</a></p>
<p>Best regards,<br>Dijkstra Telecom Recruitment</p>""",
        footer="""Dijkstra Telecom B.V. &middot; Rembrandtplein 41 &middot; 1017 CT Amsterdam<br>
This is an automated email sent by SmartRecruiters on behalf of Dijkstra Telecom. Replies are not monitored.""",
    ),
)

# 4. The agency moves the client's interview; the client is named.
add(
    kind="interview_reschedule_or_cancel", scenario="agency_client_moves", company="Paylinq",
    contact="tom.ashworth@lexselect.example.com", lang="en",
    sender=("Tom Ashworth", "tom.ashworth@lexselect.example.com"),
    subject="RE: Paylinq - interview next week!", date="2026-06-15 10:03", tz="+0100",
    structure="plain", cte="quoted-printable",
    in_reply_to="<CAJ1w5nTt7=ines.paylinq@mail.example.be>",
    references=["<20260611162800.tom@lexselect.example.com>", "<CAJ1w5nTt7=ines.paylinq@mail.example.be>"],
    text="""Hi Ines,

Slight change of plan I'm afraid – Dana has been pulled into a regulator meeting on Wednesday. Paylinq have asked to move your interview to Friday 19 June, same time (11:00 CET), same Zoom format.

Hope that still works – let me know either way and I'll confirm with them.

Best,
Tom

Tom Ashworth | Principal Consultant, In-house Legal | LexSelect Recruitment
M: +44 7700 900 412

From: Ines Vandermeulen-Osei <ines.vo@example.be>
Sent: 11 June 2026 19:40
To: Tom Ashworth <tom.ashworth@lexselect.example.com>
Subject: Re: Paylinq - interview next week!

Hi Tom, wonderful news, the 17th at 11:00 is perfect. Thanks for the tips! Ines
""",
)

# 5. A one-line push to Friday from a phone.
add(
    kind="interview_reschedule_or_cancel", scenario="push_to_friday", company="Brightwater & Partners",
    contact="n.okafor@brightwater-partners.example.com", lang="en",
    sender=("Nadia Okafor", "n.okafor@brightwater-partners.example.com"),
    subject="RE: Privacy & Data Counsel - Amsterdam", date="2026-07-08 12:54",
    structure="plain", cte="7bit",
    in_reply_to="<DB9PR10MB5841BEEF@mail.example.be>",
    text="""Need to push to Fri same time, sorry - Jeroen has a board call Thu. New invite coming. N

Sent from my iPhone
""",
)

# 6. The bank cancels the meeting request (METHOD:CANCEL, the invitation's UID); a new date
#    will be proposed, so it is a cancellation of the interview, not of the process.
add(
    kind="interview_reschedule_or_cancel", scenario="agenda_cancel_meme_uid", company="Banque Lambermont & Cie",
    contact="o.delhoneux@lambermont.example.be", lang="fr",
    sender=("de Lhoneux Olivier", "o.delhoneux@lambermont.example.be"),
    subject="Annulé : Entretien – Privacy Counsel – jeudi 23 avril", date="2026-04-21 18:15",
    structure="calendar", cte="quoted-printable",
    text="""Chère Madame,

Madame Wauters est retenue jeudi par une inspection de la BNB et je suis contraint d'annuler notre entretien du 23 avril. Je vous prie de nous en excuser.

Je reviens vers vous dès demain avec deux ou trois nouvelles dates, idéalement la semaine prochaine. Le poste reste bien entendu ouvert et votre candidature est toujours en cours.

Bien à vous,

Olivier de Lhoneux
Head of Human Resources
Banque Lambermont & Cie
""",
    calendar={"method": "CANCEL", "uid": LMB_UID, "sequence": 1, "start": "20260423T100000",
                  "end": "20260423T110000", "summary": "Annulé : Entretien Privacy Counsel – I. Vandermeulen-Osei",
                  "location": "Rue Royale 118, 1000 Bruxelles – salle Sablon",
                  "organizer": ("de Lhoneux Olivier", "o.delhoneux@lambermont.example.be"),
                  "cte": "base64"},
)

# 7. A jury member is ill: the university postpones.
add(
    kind="interview_reschedule_or_cancel", scenario="universite_report_jury", company="Université Charlemagne",
    contact="rh-recrutement@univ-charlemagne.example.be", lang="fr",
    sender=("Université Charlemagne – Recrutement", "rh-recrutement@univ-charlemagne.example.be"),
    subject="Report de votre entretien du 26 mars", date="2026-03-23 08:30",
    structure="plain", cte="quoted-printable",
    text="""Madame Vandermeulen-Osei,

Un membre du jury étant souffrant, nous sommes contraints de reporter l'entretien prévu ce jeudi 26 mars à 10h30.

Nous vous proposons de le reprogrammer au jeudi 2 avril à 14h00, au même endroit (Rectorat, salle du Conseil). Pourriez-vous nous confirmer par retour de courriel si cette nouvelle date vous convient ?

Nous vous prions de nous excuser pour ce contretemps.

Bien cordialement,

Isabelle Van Hecke
Administration des ressources humaines – Recrutement
Université Charlemagne
""",
)

# 8. Geneva hospital switches the second interview to video because of works.
add(
    kind="interview_reschedule_or_cancel", scenario="hopital_passage_visio", company="Hôpitaux de la Tourelle",
    contact="sylvie.rochat@tourelle.example.ch", lang="fr",
    sender=("Rochat Sylvie", "sylvie.rochat@tourelle.example.ch"),
    subject="Entretien du 24 mars - changement de modalité", date="2026-03-19 13:58",
    structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Madame,

En raison de travaux dans le bâtiment administratif, votre second entretien du mardi 24 mars à 15h se déroulera finalement par visioconférence (Webex) et non dans nos locaux. L'horaire et la composition du jury restent inchangés.

Vous recevrez le lien de connexion lundi. Cela vous évitera par ailleurs le déplacement depuis Bruxelles.

Avec mes meilleures salutations,

Sylvie Rochat
Spécialiste RH
Hôpitaux de la Tourelle
Tél. 022 555 28 90
""",
)

# 9. Teamtailor: the interview slot was moved; HTML only, no-reply.
add(
    kind="interview_reschedule_or_cancel", scenario="teamtailor_entretien_deplace", company="Mutuelle Lefort",
    contact="", lang="fr",
    sender=("Mutuelle Lefort", "no-reply@teamtailor-mail.com"),
    subject="Votre entretien a été déplacé", date="2026-07-27 16:10",
    structure="html", cte="base64",
    html="""<!doctype html><html lang="fr"><body style="margin:0;background:#f4f1fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;">
<tr><td style="padding:26px 30px 0;"><img src="https://assets.teamtailor-cdn.com/mutuelle-lefort/logo.png" alt="Mutuelle Lefort" height="38"></td></tr>
<tr><td style="padding:20px 30px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2340;">
<p>Bonjour Inès,</p>
<p>Votre entretien avec Bérénice Lagarde a été <b>déplacé</b>.</p>
<p style="background:#f4f1fa;padding:12px 16px;border-radius:6px;">
<s>Jeudi 30 juillet 2026, 10:00</s><br>
<b>Lundi 3 août 2026, 15:30 – 16:15</b><br>
19 rue de Bercy, 75012 Paris</p>
<p>Ce créneau ne vous convient pas ? <a href="https://mutuelle-lefort.teamtailor.com/meetings/reschedule/6a1d3f">Choisir un autre horaire</a></p>
<p>L'équipe recrutement de la Mutuelle Lefort</p>
</td></tr>
<tr><td style="padding:16px 30px 26px;font-family:Arial,sans-serif;font-size:11px;color:#9d94b3;">Cet e-mail a été envoyé via Teamtailor. <a href="https://mutuelle-lefort.teamtailor.com/connect/unsubscribe?token=a82">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://trk.teamtailor-mail.com/o/p/bXV0dWVsbGUy.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 10. The Paris assistant moves the appointment; "De : / Envoyé :" chain with "ne pas donner suite".
add(
    kind="interview_reschedule_or_cancel", scenario="assistante_deplace_rdv", company="Moreau & Associés",
    contact="c.lamy@moreau-associes.example.fr", lang="fr",
    sender=("Corinne Lamy", "c.lamy@moreau-associes.example.fr"),
    subject="RE: RE: Présentation – Mme Vandermeulen-Osei", date="2026-04-21 09:05",
    structure="plain", charset="windows-1252", cte="8bit",
    in_reply_to="<AM9PR03MB7712D1@mail.example.be>",
    references=["<PR1P264MB3120R@ruelle-conseil.example.fr>", "<PR1P264MB3555L@moreau-associes.example.fr>",
                "<AM9PR03MB7712D1@mail.example.be>"],
    text="""Madame,

Maître Moreau doit se rendre à Lyon jeudi pour une audience qui vient d’être fixée. Il me demande de déplacer votre rendez-vous au lundi 27 avril à 18h30, même lieu. Je suis désolée de ce changement.

Merci de me dire si cela vous convient.

Bien cordialement,
Corinne Lamy
Assistante de Maître Frédéric Moreau
Moreau & Associés

De : Inès Vandermeulen-Osei <ines.vo@example.be>
Envoyé : mercredi 15 avril 2026 20:41
À : Corinne Lamy <c.lamy@moreau-associes.example.fr>
Objet : RE: Présentation – Mme Vandermeulen-Osei

Madame,

Je vous remercie et confirme ma venue le jeudi 23 avril à 18h30. J’avais d’ailleurs failli ne pas donner suite à l’annonce, faute de connaître le marché parisien : je suis d’autant plus heureuse de cette invitation.

Bien cordialement,
Inès Vandermeulen-Osei
""",
)

# 11. A strike: the public body cancels the oral test and will announce a new date.
add(
    kind="interview_reschedule_or_cancel", scenario="greve_epreuve_annulee", company="Agence bruxelloise pour la simplification numérique",
    contact="n.goossens@absn.example.be", lang="fr",
    sender=("ABSN – Sélection", "selection@absn.example.be"),
    reply_to=("Nathalie Goossens", "n.goossens@absn.example.be"),
    subject="ANNULATION – épreuve orale du 6 mai – ABSN/2026/007", date="2026-05-05 16:40",
    structure="plain", cte="quoted-printable",
    text="""Madame,

En raison du préavis de grève nationale déposé pour le mercredi 6 mai, l'épreuve orale de la sélection ABSN/2026/007 prévue ce jour-là est ANNULÉE et reportée à une date ultérieure.

Une nouvelle convocation vous sera adressée dans les prochains jours ; la date envisagée est le mercredi 13 mai. Votre réussite à l'épreuve écrite reste acquise.

Pour toute question, vous pouvez répondre à ce courriel.

Nathalie Goossens
Cellule Sélection & Recrutement – ABSN
""",
)

# 12. Lever in French: the interview is cancelled for now, the role stays open.
add(
    kind="interview_reschedule_or_cancel", scenario="lever_annule_en_attente", company="Maisonnette",
    contact="camille.roux@maisonnette.example.fr", lang="fr",
    sender=("Maisonnette", "no-reply@hire.lever.co"),
    reply_to=("Camille Roux", "camille.roux@maisonnette.example.fr"),
    subject="Ton entretien de jeudi", date="2026-07-07 19:22",
    structure="html", cte="quoted-printable",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2e2e2e;max-width:560px;">
<p>Hello Inès,</p>
<p>Petit contretemps : Grégoire a dû partir en urgence pour raisons familiales et sera absent jusqu'à la fin de la semaine prochaine. Je suis obligée d'<b>annuler</b> votre entretien de jeudi 9 juillet.</p>
<p>Le poste reste ouvert et tu es toujours dans le process : je reviens vers toi dès son retour pour caler une nouvelle date, sans doute autour du 20 juillet.</p>
<p>Désolée pour ce changement de dernière minute !</p>
<p>Camille<br><span style="color:#999;">Talent Acquisition – Maisonnette</span></p>
<p style="font-size:11px;color:#bbb;">Envoyé via Lever</p>
</div>
<img src="https://hire.lever.co/email/track/open/5b2f.gif" width="1" height="1" alt="">
""",
)

# 13. German "Terminverschiebung"; "Am ... schrieb" chain below.
add(
    kind="interview_reschedule_or_cancel", scenario="terminverschiebung_schrieb", company="Mainzer Treuhand Consulting",
    contact="s.weidner@mainzer-treuhand.example.de", lang="de",
    sender=("Weidner, Stefan", "s.weidner@mainzer-treuhand.example.de"),
    subject="Re: Ihre Bewerbung – Gesprächseinladung", date="2026-07-17 11:33",
    structure="plain", cte="quoted-printable",
    in_reply_to="<5E1F0C2A-ines-mtc@example.be>",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

leider muss ich unseren Termin am Dienstag verschieben – ein Mandant hat kurzfristig eine Lenkungsausschusssitzung angesetzt. Wäre Ihnen Donnerstag, der 23. Juli, um 16:00 Uhr recht? Die Teams-Einladung schicke ich Ihnen dann neu.

Ich bitte um Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Stefan Weidner

Am 13.07.2026 um 21:14 schrieb Inès Vandermeulen-Osei <ines.vo@example.be>:

> Sehr geehrter Herr Weidner,
>
> vielen Dank für die Einladung. Dienstag, der 21. Juli, um 9:30 Uhr passt mir sehr gut. Leider kann ich nicht persönlich nach Frankfurt kommen, daher freue ich mich über das Gespräch per Teams.
>
> Mit freundlichen Grüßen
> Inès Vandermeulen-Osei
""",
)

# 14. "Terminabsage" with a new date: a cancelled appointment, not a rejection.
add(
    kind="interview_reschedule_or_cancel", scenario="terminabsage_neuer_termin", company="Kessler & Roth Privatbank",
    contact="m.albrecht@kesslerroth.example.de", lang="de",
    sender=("Miriam Albrecht", "m.albrecht@kesslerroth.example.de"),
    subject="Terminabsage 16.04. - neuer Terminvorschlag", date="2026-04-14 10:11",
    structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

leider muss ich unser Gespräch am Donnerstag, 16. April, absagen: Herr Dr. Falk ist kurzfristig erkrankt.

Wir möchten Sie aber unbedingt kennenlernen und schlagen als neuen Termin Dienstag, den 21. April, um 14:00 Uhr vor, gleicher Ort, gleiche Gesprächspartner. Geben Sie mir bitte kurz Bescheid, ob das für Sie passt.

Mit freundlichen Grüßen

Miriam Albrecht
HR Business Partner
Kessler & Roth Privatbank
Tel. +49 69 5550 4418
""",
)

# 15. A Madrid insurer changes the time of the interview.
add(
    kind="interview_reschedule_or_cancel", scenario="cambio_de_hora", b_words=True, company="Seguros Alcázar",
    contact="marta.gil@segurosalcazar.example.es", lang="es",
    sender=("Marta Gil Ferrándiz", "marta.gil@segurosalcazar.example.es"),
    subject="RE: Entrevista - Responsable de Protección de Datos", date="2026-08-04 09:40",
    structure="plain", charset="windows-1252", cte="8bit",
    in_reply_to="<VI1PR09MB4410@mail.example.be>",
    text="""Estimada Sra. Vandermeulen-Osei:

Por un cambio en la agenda de D. Ignacio Lozano, necesitamos retrasar la entrevista del jueves 6 de agosto a las 12:30 (en lugar de las 10:00). El enlace de Teams sigue siendo el mismo.

Disculpe las molestias. Quedo a la espera de su confirmación.

Un cordial saludo,

Marta Gil Ferrándiz
Técnico de Selección – Dirección de Personas
Seguros Alcázar

De: Inès Vandermeulen-Osei <ines.vo@example.be>
Enviado: martes, 28 de julio de 2026 18:05
Para: Marta Gil Ferrándiz <marta.gil@segurosalcazar.example.es>
Asunto: Re: Entrevista - Responsable de Protección de Datos

Estimada Sra. Gil:

Muchas gracias por la invitación. Confirmo mi disponibilidad para el jueves 6 de agosto a las 10:00.

Atentamente,
Inès Vandermeulen-Osei
""",
)

# ------------------------------------------------------------ missed_interview_notice (10)

# 1. The candidate did not join the Teams call; the recruiter writes from his own address.
add(
    kind="missed_interview_notice", scenario="did_not_join_teams", company="Dijkstra Telecom",
    contact="sven.hoekstra@dijkstratelecom.example.nl", lang="en",
    sender=("Sven Hoekstra", "sven.hoekstra@dijkstratelecom.example.nl"),
    subject="Today's interview", date="2026-05-12 14:02",
    structure="plain", cte="quoted-printable",
    text="""Hi Inès,

Marloes and I were in the Teams meeting from 13:30 until about 13:50 but you did not join the call. I hope everything is alright.

Maybe the updated invitation didn't reach you? If you're still interested in the Privacy Counsel role, let me know and I'll see whether Marloes can find another slot this week.

Kind regards,
Sven Hoekstra
Talent Acquisition Partner | Dijkstra Telecom
+31 20 555 1904
""",
)

# 2. A London agency: the client waited and the consultant tried to call; client named.
add(
    kind="missed_interview_notice", scenario="agency_tried_to_call", company="Van Riel Logistics",
    contact="tom.ashworth@lexselect.example.com", lang="en",
    sender=("Tom Ashworth", "tom.ashworth@lexselect.example.com"),
    to=[("", "ines.vo@example.be")],
    subject="?", date="2026-09-08 09:27", tz="+0100",
    structure="plain", cte="8bit",
    text="""Ines,

Van Riel Logistics have just been on the phone – their Head of Legal waited 15 minutes on the Zoom this morning (10:00 CET) and you didn't show. I tried to call you twice and left a voicemail.

I'm sure there's a good reason, but I need to get back to them today. Can you call me as soon as you see this?

Tom

Tom Ashworth | Principal Consultant, In-house Legal | LexSelect Recruitment
M: +44 7700 900 412
""",
)

# 3. A Dutch foundation: "we waited for you at 10:00".
add(
    kind="missed_interview_notice", scenario="waited_at_ten", company="Stichting Open Zorgdata",
    contact="e.vanleeuwen@openzorgdata.example.nl", lang="en",
    sender=("Eva van Leeuwen", "e.vanleeuwen@openzorgdata.example.nl"),
    subject="Interview this morning", date="2026-09-17 11:41",
    structure="html", cte="quoted-printable",
    html="""<div dir="ltr" style="font-family:Arial,sans-serif;font-size:13px;">
<p>Dear Inès,</p>
<p>We waited for you at 10:00 at our office on Herengracht for your interview for the Privacy &amp; Ethics Officer position, but unfortunately you did not arrive, and we have not heard from you.</p>
<p>If something came up, please let me know by the end of the week; we may be able to offer another date, but we are also close to a decision.</p>
<p>Best wishes,</p>
<p>Eva van Leeuwen<br>Operations Director<br>Stichting Open Zorgdata<br>Herengracht 503, 1017 BV Amsterdam</p>
</div>
""",
)

# 4. A Paris NGO: "nous vous avons attendue ce matin".
add(
    kind="missed_interview_notice", scenario="ong_attendue_ce_matin", company="Fondation Solidarité Numérique",
    contact="b.nguyen@solidarite-numerique.example.fr", lang="fr",
    sender=("Bao Nguyen", "b.nguyen@solidarite-numerique.example.fr"),
    subject="Notre rendez-vous de ce matin", date="2026-10-06 12:15",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Madame Vandermeulen-Osei,

Nous vous avons attendue ce matin à 10h pour l'entretien prévu pour le poste de responsable juridique et DPO, mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous joindre par téléphone.

J'espère qu'il ne vous est rien arrivé. Si vous souhaitez toujours être candidate, merci de me recontacter rapidement : nous pourrions envisager un autre créneau la semaine prochaine.

Cordialement,

Bao Nguyen
Responsable administrative et RH
Fondation Solidarité Numérique
23 rue Oberkampf, 75011 Paris
""",
)

# 5. A legal-tech start-up: the trial day the candidate did not turn up to; tutoiement.
add(
    kind="missed_interview_notice", scenario="journee_essai_absente", company="Clausia",
    contact="theo@clausia.example.fr", lang="fr",
    sender=("Théo Marchal", "theo@clausia.example.fr"),
    subject="tu es où ?", date="2026-09-29 10:48",
    structure="plain", cte="8bit",
    text="""Salut Inès,

On t'attendait ce matin à 9h pour ta journée d'essai chez Clausia, toute l'équipe était là (et les croissants aussi 🥐). Pas de nouvelles de ton côté, et ton portable tombe sur la messagerie.

Tout va bien ? Dis-moi si tu as eu un empêchement, on peut refaire ça une autre fois. Si tu ne veux plus, pas de souci non plus, mais préviens-moi stp.

Théo
CTO & cofondateur – Clausia
""",
)

# 6. The agency consultant tried to call for the agreed phone interview.
add(
    kind="missed_interview_notice", scenario="agence_appel_sans_reponse", company="Juristes & Talents",
    contact="s.declercq@juristes-talents.example.be", lang="fr",
    sender=("Sophie Declercq", "s.declercq@juristes-talents.example.be"),
    subject="Notre entretien téléphonique de 14h", date="2026-02-17 14:25",
    structure="plain", cte="8bit",
    text="""Bonjour Madame Vandermeulen-Osei,

J'ai essayé de vous appeler à 14h comme convenu pour notre entretien téléphonique, à deux reprises, sans réponse. Je vous ai laissé un message vocal.

Je reste disponible cet après-midi jusqu'à 17h ou demain matin ; dites-moi ce qui vous arrange.

Bien cordialement,

Sophie Declercq
Senior Consultant – Legal & Compliance
Juristes & Talents
+32 2 555 18 40
""",
)

# 7. SuccessFactors: the candidate did not connect to the video interview; HR in Reply-To.
add(
    kind="missed_interview_notice", scenario="visio_non_connectee", company="Caisse Lémanique de Prévoyance",
    contact="l.favre@clp-geneve.example.ch", lang="fr",
    sender=("CLP – Ressources humaines", "clp-noreply@successfactors.eu"),
    reply_to=("Laurent Favre", "l.favre@clp-geneve.example.ch"),
    subject="Entretien du 29 juin – absence de connexion", date="2026-06-29 15:20",
    structure="alt", cte="quoted-printable",
    text="""Madame,

Vous étiez attendue ce jour à 14h00 pour un entretien en visioconférence avec M. Chappuis et moi-même. Vous ne vous êtes pas connectée à la réunion et nous n'avons pas reçu de message de votre part.

Si un problème technique vous a empêchée de vous connecter, merci de nous en faire part en répondant à ce message afin que nous puissions convenir d'un nouveau créneau.

Avec nos meilleures salutations,

Laurent Favre
Ressources humaines
Caisse Lémanique de Prévoyance
""",
    html="""<p style="font-family:Arial;font-size:13px;">Madame,</p>
<p style="font-family:Arial;font-size:13px;">Vous étiez attendue ce jour à 14h00 pour un entretien en visioconférence avec M. Chappuis et moi-même. Vous ne vous êtes pas connectée à la réunion et nous n'avons pas reçu de message de votre part.</p>
<p style="font-family:Arial;font-size:13px;">Si un problème technique vous a empêchée de vous connecter, merci de nous en faire part en répondant à ce message afin que nous puissions convenir d'un nouveau créneau.</p>
<p style="font-family:Arial;font-size:13px;">Avec nos meilleures salutations,<br><br>Laurent Favre<br>Ressources humaines<br>Caisse Lémanique de Prévoyance</p>
""",
)

# 8. A formal notice of absence, with the possibility to justify it.
add(
    kind="missed_interview_notice", scenario="absence_entretien_formelle", company="Institut luxembourgeois du droit numérique",
    contact="m.schmit@ildn.example.lu", lang="fr",
    sender=("Martine Schmit", "m.schmit@ildn.example.lu"),
    subject="Absence à l'entretien de sélection du 5 juin 2026", date="2026-06-05 15:02",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous constatons que vous ne vous êtes pas présentée à l'entretien de sélection qui était fixé ce vendredi 5 juin 2026 à 11h00, et pour lequel vous aviez confirmé votre présence.

Conformément à notre procédure, une nouvelle date ne peut être envisagée que sur justification d'un cas de force majeure, à nous transmettre par retour de courriel dans un délai de cinq jours ouvrables. À défaut, votre candidature sera considérée comme retirée.

Veuillez agréer, Madame, nos salutations distinguées.

Martine Schmit
Service des ressources humaines
Institut luxembourgeois du droit numérique (ILDN)
""",
)

# 9. German bank: "nicht zum vereinbarten Gespräch erschienen".
add(
    kind="missed_interview_notice", scenario="nicht_erschienen", company="Bankhaus Falkenried",
    contact="t.engel@falkenried.example.de", lang="de",
    sender=("Tobias Engel", "t.engel@falkenried.example.de"),
    cc=[("Christiane Vogt", "c.vogt@huntervogt.example.de")],
    subject="Unser Termin heute um 15:00 Uhr", date="2026-08-19 16:05",
    structure="plain", cte="quoted-printable",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

Frau Dr. Brandis und ich hatten uns heute um 15:00 Uhr auf das Gespräch mit Ihnen gefreut. Leider sind Sie nicht zum vereinbarten Termin erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Wir gehen davon aus, dass etwas Unvorhergesehenes passiert ist. Bitte melden Sie sich kurz bei mir oder bei Frau Vogt, damit wir das weitere Vorgehen besprechen können.

Mit freundlichen Grüßen

Tobias Engel
Leiter Personal
Bankhaus Falkenried KGaA
Neue Rothofstraße 3 · 60313 Frankfurt am Main
""",
)

# 10. A Spanish bank: "no se presentó a la entrevista telefónica".
add(
    kind="missed_interview_notice", scenario="no_se_presento", company="Banco Meridiano",
    contact="lucia.navarro@bancomeridiano.example.es", lang="es",
    sender=("Lucía Navarro", "lucia.navarro@bancomeridiano.example.es"),
    subject="Entrevista telefónica de hoy", date="2026-03-16 13:10",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Buenos días, Inés:

Te llamé hoy a las 12:00, tal y como habíamos quedado, para la entrevista telefónica del puesto de Técnico/a de Privacidad, pero no conseguí localizarte (dos llamadas y un mensaje en el buzón de voz).

Si sigues interesada, respóndeme a este correo y buscamos otro hueco esta semana.

Saludos cordiales,

Lucía Navarro
Dirección de Talento
Banco Meridiano
""",
)
