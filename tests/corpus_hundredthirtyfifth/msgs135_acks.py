"""Application acknowledgements (21) and offers (10), written one by one."""

from __future__ import annotations

from msgs135_common import card, click, paras, pixel

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    """Record one hand-written message spec."""
    MESSAGES.append(spec)


# =========================================================================================
# application_received
# =========================================================================================

add(
    scenario="workday_thank_you_for_applying", kind="application_received", lang="en",
    company="Birmingham Civic Trust", contact="",
    sender=("Birmingham Civic Trust Talent Acquisition", "bhamcivictrust@myworkday.com"),
    subject="Thank you for applying - Research & Engagement Officer",
    date="2026-02-16 21:14 +0000", structure="html", cte="qp",
    html=card(
        logo_src="https://wd3.myworkdaysite.com/bhamcivictrust/assets/logo.png",
        logo_alt="Birmingham Civic Trust", accent="#b5121b",
        body=f"""<p>Hi Shauna,</p>
<p>Thank you for applying for the <b>Research &amp; Engagement Officer</b> position (JR-1093). We have received your application and our team will review it shortly.</p>
<p>You can check the status of your application at any time in your candidate home.</p>
<p><a href="{click('wd3.myworkdaysite.com', 'https://wd3.myworkdaysite.com/en-GB/recruiting/bhamcivictrust/userHome')}" style="color:#b5121b;font-weight:bold">Go to candidate home</a></p>
<p>Kind regards,<br>Talent Acquisition<br>Birmingham Civic Trust</p>""",
        footer="Birmingham Civic Trust is a registered charity (No. 507744). Please do not reply to this automated email.",
        track=pixel("wd3.myworkdaysite.com", "bct-ack")),
)

add(
    scenario="cannot_reply_every_applicant", kind="application_received", lang="en",
    company="Institute for Regional Equality", contact="",
    sender=("Institute for Regional Equality", "recruitment-noreply@regionalequality.example.org.uk"),
    subject="Application received: Senior Policy Analyst (Devolution)",
    date="2026-01-13 09:02 +0000", structure="plain", cte="7bit",
    text="""Dear Applicant,

Thank you for applying for the post of Senior Policy Analyst (Devolution) at the Institute
for Regional Equality. This email confirms that your application has been received.

We expect a very high number of applications for this role and, as a small organisation,
we regret that we cannot reply to every applicant individually. If you have not heard from
us within four weeks of the closing date (30 January), please consider your application
unsuccessful on this occasion.

Shortlisted candidates will be invited to interview in the week of 23 February.

With thanks,
The Institute for Regional Equality
Leeds | London

This is an automated message; replies to this address are not read.
""",
)

add(
    scenario="job_board_sent_to_employer", kind="application_received", lang="en",
    company="Hope Street Housing", contact="",
    sender=("GoodWork Jobs", "applications@goodworkjobs.example.co.uk"),
    subject="Your application has been sent to Hope Street Housing",
    date="2026-03-05 12:48 +0000", structure="html", cte="qp",
    html=f"""<html><body style="margin:0;background:#f3f7f6;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 26px;background:#0f5e4f"><img src="https://goodworkjobs.example.co.uk/email/logo-white.png" alt="GoodWork Jobs" width="150"></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:22px;color:#222">
<h2 style="margin:0 0 12px;font-size:20px">Application sent!</h2>
<p>Hi Shauna,</p>
<p>Your application for <b>Policy &amp; Research Officer</b> has been sent to <b>Hope Street Housing</b> (Leeds, &pound;33,000&ndash;&pound;36,500).</p>
<p>What happens next? The employer will review your CV and cover letter and contact you directly if they'd like to take things further.</p>
<p><a href="{click('links.goodworkjobs.example.co.uk', 'https://goodworkjobs.example.co.uk/account/applications')}" style="color:#0f5e4f">Track your applications</a></p>
<p style="margin-top:24px;font-weight:bold">Similar jobs you might like</p>
<p><a href="{click('links.goodworkjobs.example.co.uk', 'https://goodworkjobs.example.co.uk/job/88112')}">Research Officer &ndash; Leeds Federated Homes</a><br>
<a href="{click('links.goodworkjobs.example.co.uk', 'https://goodworkjobs.example.co.uk/job/88140')}">Policy Adviser &ndash; Northern Housing Consortium</a></p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#888;background:#fafafa">GoodWork Jobs Ltd, 5 Great Ancoats Street, Manchester M4 5AD. You're receiving this because you applied through GoodWork Jobs.<br>
<a href="{click('links.goodworkjobs.example.co.uk', 'https://goodworkjobs.example.co.uk/unsubscribe')}" style="color:#888">Unsubscribe from similar jobs</a></td></tr>
</table></td></tr></table>
{pixel('links.goodworkjobs.example.co.uk', 'hope-street-sent')}
</body></html>
""",
    headers={"List-Unsubscribe": "<https://goodworkjobs.example.co.uk/unsubscribe?t=c81e>"},
)

add(
    scenario="policy_board_sent_plain", kind="application_received", lang="en",
    company="Centre for Regional Data", contact="",
    sender=("PolicyJobs Board", "no-reply@policyjobsboard.example.com"),
    subject="Application submitted: Data & Policy Researcher at Centre for Regional Data",
    date="2026-04-01 20:37 +0100", structure="plain", cte="7bit",
    text="""Hi Shauna,

Your application has been submitted.

  Role:      Data & Policy Researcher
  Employer:  Centre for Regional Data
  Location:  Bristol (hybrid)
  Applied:   1 April 2026

The Centre for Regional Data manages its own recruitment, so any updates about your
application will come from them, not from us.

Good luck!
PolicyJobs Board

--
You received this email because you applied through PolicyJobs Board.
Manage notifications: https://policyjobsboard.example.com/settings/notifications
""",
)

add(
    scenario="greenhouse_confirmation", kind="application_received", lang="en",
    company="Metro Insight", contact="",
    sender=("Metro Insight", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Metro Insight",
    date="2026-06-11 13:29 +0100", structure="alt", cte="qp",
    text="""Hi Shauna,

Thanks for applying to Metro Insight! Your application for Senior Research Executive – Public Sector has been received.

Our team reviews every application and will be in touch if your experience matches what we're looking for.

In the meantime, you might enjoy our latest report on public attitudes to housing: https://metroinsight.example.co.uk/reports/housing-2026

Best,
The Metro Insight Recruiting Team
""",
    html=card(
        logo_src="https://s3.amazonaws.com/grnhse-prod/logos/metro-insight.png",
        logo_alt="Metro Insight", accent="#24a47f", bg="#f7f8f7",
        body=f"""<p>Hi Shauna,</p>
<p>Thanks for applying to Metro Insight! Your application for <b>Senior Research Executive &ndash; Public Sector</b> has been received.</p>
<p>Our team reviews every application and will be in touch if your experience matches what we're looking for.</p>
<p>In the meantime, you might enjoy our latest report on <a href="{click('click.greenhouse-mail.io', 'https://metroinsight.example.co.uk/reports/housing-2026')}">public attitudes to housing</a>.</p>
<p>Best,<br>The Metro Insight Recruiting Team</p>""",
        footer="Metro Insight Ltd &middot; 30 Stamford Street, London SE1 9LQ &middot; Sent via Greenhouse",
        track=pixel("click.greenhouse-mail.io", "metro-ack")),
)

add(
    scenario="university_ack_post_ref", kind="application_received", lang="en",
    company="Edgbaston Metropolitan University", contact="",
    sender=("EMU Recruitment", "donotreply@emu.example.ac.uk"),
    subject="Application Acknowledgement - EMU-2026-118",
    date="2026-04-03 23:51 +0100", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Dear Miss Adeyemi-Clarke

Job title: Research Associate, Centre for Housing Studies
Job reference: EMU-2026-118
Closing date: 17 April 2026

Thank you for your application for the above post, which has been received.

Shortlisting will take place after the closing date. Candidates who are invited to
interview will be contacted by the School. If you have not been contacted within three
weeks of the closing date, you should assume that on this occasion you have not been
shortlisted.

Edgbaston Metropolitan University is committed to equality of opportunity. Please help us
by completing the equal opportunities monitoring questionnaire (optional) via your
applicant account.

HR Services
Edgbaston Metropolitan University

Please do not reply to this e-mail address.
""",
)

add(
    scenario="nhs_ack_html", kind="application_received", lang="en",
    company="Arden Valley Integrated Care Board", contact="",
    sender=("NHS Jobs", "noreply@jobs.healthcareers.example.co.uk"),
    subject="Application received: Population Health Analyst 460-PH-2231",
    date="2026-06-28 18:02 +0100", structure="html", cte="base64",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#212b32;background:#f0f4f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;padding:16px 24px"><img src="https://jobs.healthcareers.example.co.uk/static/nhs-logo-white.png" alt="NHS" width="70"></td></tr>
<tr><td style="padding:24px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;padding:24px"><tr><td>
<h1 style="font-size:22px">Your application has been submitted</h1>
<p>Dear Shauna Adeyemi-Clarke,</p>
<p>Thank you for applying for <b>Population Health Analyst</b> (460-PH-2231) with <b>Arden Valley Integrated Care Board</b>.</p>
<p>The closing date for this job is 6 July 2026. After the closing date, your application will be shortlisted. We will contact you to let you know the outcome.</p>
<p><a href="{click('jobs.healthcareers.example.co.uk', 'https://jobs.healthcareers.example.co.uk/candidate/applications')}">View your application</a></p>
</td></tr></table>
<p style="font-size:12px;color:#4c6272">This is an automated message from NHS Jobs. Do not reply to this email.</p>
</td></tr></table>
{pixel('jobs.healthcareers.example.co.uk', 'icb-ack')}
</body></html>
""",
)

add(
    scenario="council_ack_html_welsh", kind="application_received", lang="en",
    company="Taff Vale Borough Council", contact="",
    sender=("Taff Vale Borough Council", "jobs-noreply@taffvale.example.gov.uk"),
    subject="Application received / Cais wedi dod i law – TVBC/0419",
    date="2026-02-26 08:44 +0000", structure="alt", cte="qp",
    text="""Dear Shauna Adeyemi-Clarke,

Thank you for your application for Policy and Performance Officer (Grade 8), reference TVBC/0419. Your application was received on 26/02/2026 at 08:44.

The closing date for this post is 6 March 2026. We aim to notify shortlisted candidates within two weeks of the closing date.

Taff Vale Borough Council – Human Resources
Please do not reply to this email.

Annwyl Shauna Adeyemi-Clarke,
Diolch am eich cais. Daeth eich cais i law ar 26/02/2026.
""",
    html=card(
        logo_src="https://jobs.taffvale.example.gov.uk/img/tvbc-bilingual.png",
        logo_alt="Taff Vale Borough Council / Cyngor Bwrdeistref Taff Vale", accent="#00205b",
        body="""<p>Dear Shauna Adeyemi-Clarke,</p>
<p>Thank you for your application for <b>Policy and Performance Officer (Grade 8)</b>, reference TVBC/0419. Your application was received on 26/02/2026 at 08:44.</p>
<p>The closing date for this post is 6 March 2026. We aim to notify shortlisted candidates within two weeks of the closing date.</p>
<p>Taff Vale Borough Council &ndash; Human Resources</p>
<hr>
<p lang="cy">Annwyl Shauna Adeyemi-Clarke,<br>Diolch am eich cais. Daeth eich cais i law ar 26/02/2026.</p>""",
        footer="Please do not reply to this email. / Peidiwch ag ymateb i'r e-bost hwn.<br>Taff Vale Borough Council, Tŷ Taf Civic Offices, Pontypridd CF37 4UD"),
)

add(
    scenario="recruiter_personal_got_cv", kind="application_received", lang="en",
    company="Kirkstall Housing Association", contact="sam.doyle@hallamsocial.example.co.uk",
    sender=("Sam Doyle", "sam.doyle@hallamsocial.example.co.uk"),
    subject="Re: Insight Analyst - Kirkstall HA",
    date="2026-04-14 08:51 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx10hallam_cv@mail.example.co.uk>",
    text="""Morning Shauna,

Thanks - got your CV and the supporting statement, both look great. I'll put you forward to
Kirkstall Housing Association for the Insight Analyst role today and chase them for
feedback by the end of next week.

Sam

Sam Doyle
Hallam Social Recruitment
0113 496 0450

On Mon, 13 Apr 2026 at 19:22, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:
> Hi Sam, attached as promised. Sorry it's late - I had an interview invitation
> from another employer to prepare for. Shauna
""",
)

add(
    scenario="teamtailor_ack_greenway", kind="application_received", lang="en",
    company="Greenway Charitable Foundation", contact="",
    sender=("Greenway Charitable Foundation", "no-reply@teamtailor-mail.com"),
    subject="We've received your application",
    date="2026-03-09 22:05 +0000", structure="html", cte="qp",
    html=f"""<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#faf7f2;font-family:'Helvetica Neue',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;margin:30px 0;color:#2e2a25">
<tr><td style="padding:28px 36px 0"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/greenway.png" alt="Greenway Charitable Foundation" height="36"></td></tr>
<tr><td style="padding:20px 36px 30px;font-size:15px;line-height:23px">
<p>Hi Shauna,</p>
<p>Thanks for applying for <b>Grants &amp; Learning Officer</b>. Your application has landed safely with us.</p>
<p>Shortlisting will happen after the role closes on 20 March, and we'll let everyone know the outcome either way by the end of March.</p>
<p>Warmly,<br>The Greenway team</p>
</td></tr>
<tr><td style="padding:16px 36px;background:#f0ebe3;font-size:11px;color:#7c7469">Greenway Charitable Foundation &middot; 9 Queen Square, Bristol BS1 4JQ<br>
<a href="{click('teamtailor-mail.com', 'https://greenway.teamtailor.com/connect/unsubscribe')}" style="color:#7c7469">Manage your data</a></td></tr>
</table></td></tr></table>
{pixel('e.teamtailor-mail.com', 'greenway-ack')}
</body></html>
""",
)

add(
    scenario="smartrecruiters_ack_clt", kind="application_received", lang="en",
    company="Bristol Community Land Trust", contact="",
    sender=("Bristol Community Land Trust", "noreply@smartrecruiters.com"),
    subject="Thanks for applying to Bristol Community Land Trust",
    date="2026-03-29 15:16 +0100", structure="plain", cte="qp",
    text="""Dear Shauna,

Thank you for your interest in the Research & Evaluation Officer position at Bristol Community Land Trust.

We have received your application and will review it carefully. If your profile matches our requirements, we will contact you to discuss the next steps.

You can follow the status of your application in your SmartRecruiters candidate profile.

Kind regards,
Bristol Community Land Trust

——
This message was sent to shauna.ac@example.co.uk by SmartRecruiters on behalf of Bristol Community Land Trust.
""",
)

add(
    scenario="small_charity_only_if_shortlisted", kind="application_received", lang="en",
    company="Leeds Refugee Housing Project", contact="hello@lrhp.example.org.uk",
    sender=("Leeds Refugee Housing Project", "hello@lrhp.example.org.uk"),
    subject="Re: Application - Research and Campaigns Worker",
    date="2026-05-02 10:27 +0100", structure="plain", cte="8bit",
    in_reply_to="<CAGx11lrhp_apply@mail.example.co.uk>",
    text="""Hi Shauna,

Just to say thanks – your application form and equal opps form have both come through fine.

We're a tiny team (four of us!) so we'll only be in touch with people who are shortlisted,
probably around 20 May. Sorry we can't do more than that, it's just capacity.

Best wishes,
Nkechi
on behalf of LRHP

Leeds Refugee Housing Project · Charity no. 1170023
""",
)

add(
    scenario="accuse_reception_fondation", kind="application_received", lang="fr",
    company="Fondation Habitat Solidaire", contact="",
    sender=("Fondation Habitat Solidaire", "ne-pas-repondre@habitat-solidaire.example.ch"),
    subject="Accusé de réception de votre candidature",
    subject_charset="iso-8859-1",
    date="2026-03-27 07:58 +0100", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Madame,

Nous accusons réception de votre candidature pour le poste de chargée de recherche et
plaidoyer (50-80 %) et vous en remercions.

Votre dossier sera examiné avec attention. En raison du nombre important de candidatures,
seules les personnes retenues pour un entretien seront contactées. Sans nouvelles de notre
part d'ici au 30 avril, vous pourrez considérer que votre candidature n'a pas été retenue.

Avec nos meilleures salutations,

Fondation Habitat Solidaire
Ressources humaines

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""",
)

add(
    scenario="plateforme_emploi_geneve", kind="application_received", lang="fr",
    company="Ville de Chêne-Vert", contact="",
    sender=("emploi-lemanique", "notification@emploi-lemanique.example.ch"),
    subject="Votre candidature a bien été transmise à Ville de Chêne-Vert",
    date="2026-05-15 19:12 +0200", structure="html", cte="qp",
    html=f"""<html><body style="margin:0;font-family:Arial,sans-serif;background:#eef3f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:16px 24px;border-bottom:3px solid #d52b1e"><img src="https://emploi-lemanique.example.ch/mail/logo.png" alt="emploi-lemanique.ch" width="170"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px;color:#222">
<p>Bonjour Shauna,</p>
<p>Votre candidature pour le poste <b>Chargé·e d'études – politique sociale du logement (80 %)</b> a bien été transmise à <b>Ville de Chêne-Vert</b>.</p>
<p>L'employeur vous contactera directement. Vous pouvez suivre vos candidatures dans votre espace personnel.</p>
<p><a href="{click('track.emploi-lemanique.example.ch', 'https://emploi-lemanique.example.ch/mon-espace/candidatures')}" style="background:#d52b1e;color:#fff;padding:9px 16px;text-decoration:none">Mes candidatures</a></p>
<p style="font-size:13px;color:#555">Offres similaires : <a href="{click('track.emploi-lemanique.example.ch', 'https://emploi-lemanique.example.ch/offre/55120')}">Assistant·e de recherche, Lausanne</a> &middot; <a href="{click('track.emploi-lemanique.example.ch', 'https://emploi-lemanique.example.ch/offre/55131')}">Travailleur·euse social·e, Genève</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">emploi-lemanique.ch &middot; Rue du Rhône 14, 1204 Genève &middot; <a href="{click('track.emploi-lemanique.example.ch', 'https://emploi-lemanique.example.ch/desabonnement')}" style="color:#888">Se désabonner</a></td></tr>
</table></td></tr></table>
{pixel('track.emploi-lemanique.example.ch', 'chene-vert')}
</body></html>
""",
)

add(
    scenario="successfactors_accuse", kind="application_received", lang="fr",
    company="Hôpitaux Lémaniques", contact="",
    sender=("Hôpitaux Lémaniques - Recrutement", "ne-pas-repondre@successfactors.eu"),
    subject="Confirmation de votre candidature – Réf. 26-0871",
    date="2026-06-02 22:40 +0200", structure="alt", cte="base64",
    text="""Madame Adeyemi-Clarke,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Chargé·e d'études en santé publique (80 %), réf. 26-0871.

Votre dossier sera traité dans les meilleurs délais. Vous pouvez consulter l'état de votre candidature à tout moment depuis votre espace candidat.

Direction des ressources humaines
Hôpitaux Lémaniques

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    html=card(
        logo_src="https://career5.successfactors.eu/ui/uicore/img/hopitaux-lemaniques.png",
        logo_alt="Hôpitaux Lémaniques", accent="#c8102e",
        body="""<p>Madame Adeyemi-Clarke,</p>
<p>Nous vous confirmons la bonne réception de votre candidature pour le poste de <b>Chargé·e d'études en santé publique (80 %)</b>, réf. 26-0871.</p>
<p>Votre dossier sera traité dans les meilleurs délais. Vous pouvez consulter l'état de votre candidature à tout moment depuis votre espace candidat.</p>
<p>Direction des ressources humaines<br>Hôpitaux Lémaniques</p>""",
        footer="Ce message est généré automatiquement, merci de ne pas y répondre."),
)

add(
    scenario="reseau_faute_de_repondre_a_chacun", kind="application_received", lang="fr",
    company="Réseau européen pour le logement abordable", contact="",
    sender=("RELAB – Jobs", "jobs-noreply@relab.example.be"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-04-06 12:03 +0200", structure="plain", cte="8bit",
    text="""Bonjour,

Merci pour votre candidature au poste de Policy Officer – Affordable Housing. Nous l'avons
bien reçue.

Nous recevons un très grand nombre de candidatures et, faute de pouvoir répondre à chacune
et à chacun, nous ne contacterons que les personnes présélectionnées. Sans réponse de notre
part dans un délai de quatre semaines, veuillez considérer que votre candidature n'a pas été
retenue.

Merci de votre compréhension,

L'équipe RELAB
Réseau européen pour le logement abordable AISBL
""",
)

add(
    scenario="softgarden_eingangsbestaetigung", kind="application_received", lang="de",
    company="Stiftung Wohnen & Teilhabe", contact="",
    sender=("Stiftung Wohnen & Teilhabe", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-23 11:17 +0100", structure="html", cte="qp",
    html=card(
        logo_src="https://app.softgarden.io/assets/public/stiftung-wohnen-teilhabe/logo.png",
        logo_alt="Stiftung Wohnen & Teilhabe", accent="#2f6f3e",
        body="""<p>Sehr geehrte Frau Adeyemi-Clarke,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Referentin Wohnungspolitik (m/w/d) &ndash; Standort Genf</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam</p>""",
        footer="Stiftung Wohnen &amp; Teilhabe &middot; Seefeldstrasse 104 &middot; 8008 Zürich<br>Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        track=pixel("app.softgarden.io", "swt-eingang")),
)

add(
    scenario="personio_bewerbung_erhalten", kind="application_received", lang="de",
    company="Mietrecht Digital", contact="",
    sender=("Mietrecht Digital GmbH", "mietrecht-digital@personio.de"),
    subject="Danke für deine Bewerbung!",
    date="2026-01-30 16:45 +0100", structure="plain", cte="qp",
    text="""Hallo Shauna,

vielen Dank für deine Bewerbung als Policy Researcher (m/w/d) bei Mietrecht Digital!

Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.
Du hörst auf jeden Fall von uns – versprochen.

Viele Grüße
Dein Mietrecht-Digital-Team

--
Mietrecht Digital GmbH · Torstraße 140 · 10119 Berlin
Geschäftsführer: Dr. Jonas Weigel · HRB 231177 B
Diese Nachricht wurde über Personio versendet.
""",
)

add(
    scenario="institut_eingang_brussel", kind="application_received", lang="de",
    company="Institut für Raum- und Sozialforschung", contact="bewerbung@irs-forschung.example.eu",
    sender=("Institut für Raum- und Sozialforschung", "bewerbung@irs-forschung.example.eu"),
    subject="AW: Bewerbung wissenschaftliche Mitarbeiterin (Kennziffer 14/2026)",
    date="2026-08-04 09:19 +0200", structure="plain", charset="windows-1252", cte="qp",
    in_reply_to="<CAGx12irs_bewerbung@mail.example.co.uk>",
    text="""Sehr geehrte Frau Adeyemi-Clarke,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin (Kennziffer 14/2026) in unserem Brüsseler Verbindungsbüro.

Die Auswahlgespräche sind für Ende September geplant. Bis dahin bitten wir um etwas Geduld. Bei Rückfragen können Sie gern auf diese E-Mail antworten.

Mit freundlichen Grüßen
i. A. Birgit Schäfer
Personalverwaltung

Institut für Raum- und Sozialforschung e.V.
Verbindungsbüro Brüssel | Rue de Trèves 45 | 1040 Brüssel
Vorstand: Prof. Dr. Hans-Peter Wendt (Vors.), Dr. Sevgi Arslan
Registergericht: Amtsgericht Bonn VR 8112

-----Ursprüngliche Nachricht-----
Von: Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Gesendet: Sonntag, 2. August 2026 21:33
An: bewerbung@irs-forschung.example.eu
Betreff: Bewerbung wissenschaftliche Mitarbeiterin (Kennziffer 14/2026)

Sehr geehrte Damen und Herren,
anbei sende ich Ihnen meine Bewerbungsunterlagen ...
""",
)

add(
    scenario="acuse_recibo_fundacion", kind="application_received", lang="es",
    company="Fundación Vivienda Europa", contact="",
    sender=("Fundación Vivienda Europa", "no-responder@fundacionvivienda.example.org"),
    subject="Hemos recibido tu candidatura",
    date="2026-04-30 10:00 +0200", structure="html", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#8a1538;padding:14px 20px"><img src="https://fundacionvivienda.example.org/img/logo-blanco.png" alt="Fundación Vivienda Europa" width="160"></td></tr>
<tr><td style="padding:20px">
<p>Hola, Shauna:</p>
<p>Gracias por presentar tu candidatura al puesto de <b>Técnica de investigación (Bruselas)</b>. Te confirmamos que la hemos recibido correctamente.</p>
<p>Nuestro equipo la revisará en las próximas semanas. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para la siguiente fase.</p>
<p>Un saludo,<br>Equipo de Selección</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;background:#f6f6f6">Este correo se ha generado automáticamente, por favor no respondas. Fundación Vivienda Europa &middot; Rue de la Loi 155, 1040 Bruselas. Información sobre protección de datos en nuestra web.</td></tr>
</table>
</body></html>
""",
)

add(
    scenario="portal_empleo_enviada", kind="application_received", lang="es",
    company="Red Europea de Cooperativas de Vivienda", contact="",
    sender=("EmpleoTercerSector", "avisos@empleotercersector.example.es"),
    subject="¡Tu CV ya está en manos de Red Europea de Cooperativas de Vivienda!",
    date="2026-06-15 08:22 +0200", structure="alt", cte="qp",
    text="""Hola Shauna,

¡Enhorabuena! Tu candidatura para "Responsable de estudios" ha sido enviada a Red Europea de Cooperativas de Vivienda.

Consejo: las empresas suelen revisar las candidaturas en los primeros 7 días. Mantén tu perfil actualizado.

Ver estado de mi candidatura: https://empleotercersector.example.es/mis-candidaturas

El equipo de EmpleoTercerSector
Si no quieres recibir más avisos, date de baja aquí: https://empleotercersector.example.es/baja
""",
    html=f"""<div style="font-family:Arial,sans-serif;font-size:15px;color:#222;max-width:580px">
<div style="background:#2a9d8f;padding:14px 18px"><img src="https://empleotercersector.example.es/img/logo.png" alt="EmpleoTercerSector" width="170"></div>
<div style="padding:18px">
<p>Hola Shauna,</p>
<p><b>¡Enhorabuena!</b> Tu candidatura para <b>"Responsable de estudios"</b> ha sido enviada a <b>Red Europea de Cooperativas de Vivienda</b>.</p>
<p style="background:#f1faee;padding:10px">Consejo: las empresas suelen revisar las candidaturas en los primeros 7 días. Mantén tu perfil actualizado.</p>
<p><a href="{click('clic.empleotercersector.example.es', 'https://empleotercersector.example.es/mis-candidaturas')}" style="color:#2a9d8f;font-weight:bold">Ver estado de mi candidatura</a></p>
<p>El equipo de EmpleoTercerSector</p>
<p style="font-size:11px;color:#999"><a href="{click('clic.empleotercersector.example.es', 'https://empleotercersector.example.es/baja')}" style="color:#999">Darse de baja</a></p>
</div>{pixel('clic.empleotercersector.example.es', 'recoviv-envio')}</div>
""",
    headers={"List-Unsubscribe": "<https://empleotercersector.example.es/baja?u=51c0>"},
)

# =========================================================================================
# offer
# =========================================================================================

add(
    scenario="written_offer_letter_pdf", kind="offer", lang="en",
    company="Westbrook Housing Group", contact="leanne.patel@westbrookhg.example.org.uk",
    sender=("Leanne Patel", "leanne.patel@westbrookhg.example.org.uk"),
    subject="Offer of employment - Policy & Insight Officer",
    date="2026-04-29 16:05 +0100", structure="mixed", cte="qp",
    text="""Dear Shauna,

Following Marcus's call this afternoon, I'm delighted to attach your formal offer of employment for the role of Policy & Insight Officer at Westbrook Housing Group.

The key terms are:
- Salary: £38,450 per annum (Grade 6, point 3)
- Hours: 35 per week, hybrid (two days a week at Westbrook House)
- Start date: Monday 1 June 2026, subject to satisfactory references and right-to-work check
- Annual leave: 27 days plus bank holidays

Please read the attached letter, then sign and return the acceptance slip by Friday 8 May. If you have any questions at all, just give me a call.

Congratulations – we're really looking forward to having you on the team.

Best wishes,
Leanne

Leanne Patel
Recruitment Advisor
Westbrook Housing Group
0121 496 0777
Westbrook Housing Group Limited is a charitable housing association registered with the Regulator of Social Housing (L0932).
""",
    attachments=[{"filename": "Offer letter - S Adeyemi-Clarke - Policy and Insight Officer.pdf",
                      "title": "Westbrook Housing Group - Offer of Employment",
                      "lines": ["Private and confidential", "Ms Shauna Adeyemi-Clarke", "", "29 April 2026", "",
                             "Dear Shauna,", "We are pleased to offer you the post of Policy & Insight Officer.",
                             "Salary: GBP 38,450 per annum. Start date: 1 June 2026.",
                             "This offer is subject to two satisfactory references.", "",
                             "Please sign and return the acceptance below by 8 May 2026.",
                             "Signed: ______________________  Date: __________"]}],
)

add(
    scenario="verbal_offer_confirmed", kind="offer", lang="en",
    company="Centre for Fair Housing Research", contact="tobias.wren@cfhr.example.org.uk",
    sender=("Tobias Wren", "tobias.wren@cfhr.example.org.uk"),
    subject="Confirming our conversation",
    date="2026-06-12 17:48 +0100", structure="plain", cte="qp",
    text="""Dear Shauna,

It was lovely to speak to you this afternoon, and I'm very pleased to confirm in writing the
verbal offer I made on the phone: we'd like you to join the Centre for Fair Housing Research
as Policy Researcher.

To recap what we discussed:
  • salary of £36,000 (London weighting included), rising to £37,800 after probation
  • a permanent contract, four days a week in the office / one remote
  • a start date in early August, to be agreed

HR will send the contract and the usual paperwork next week. In the meantime, if anything
is unclear or you'd like to talk through the package, just drop me a line.

Celia asked me to say how pleased she is too. Welcome (almost) aboard!

Tobias

Tobias Wren
Research Manager | Centre for Fair Housing Research
""",
)

add(
    scenario="conditional_offer_dbs", kind="offer", lang="en",
    company="Arden Valley Integrated Care Board", contact="recruitment.avicb@nhs-av.example.co.uk",
    sender=("Arden Valley ICB Recruitment", "recruitment.avicb@nhs-av.example.co.uk"),
    subject="Conditional offer of employment - Population Health Analyst (Band 6)",
    date="2026-08-06 11:34 +0100", structure="mixed", charset="windows-1252", cte="qp",
    text="""Dear Shauna,

Conditional offer of employment – Population Health Analyst, Band 6 (460-PH-2231)

Following your recent interview, I am pleased to make you a conditional offer of employment for the above post. The offer is conditional on the following pre-employment checks being completed to the Trust’s satisfaction:

• two satisfactory references covering the last three years;
• a Basic DBS check;
• occupational health clearance;
• confirmation of your identity and right to work in the UK.

Your starting salary will be £38,682 per annum (Band 6, entry point, Agenda for Change). Please see the attached letter for full details and complete the pre-employment forms via the link in the letter within 7 days.

Please reply to this email to accept the conditional offer, or if you have any questions.

Yours sincerely,

Recruitment Team
Arden Valley Integrated Care Board
Tel: 024 7655 0190
""",
    attachments=[{"filename": "AVICB_Conditional_Offer_460-PH-2231.pdf",
                      "title": "Arden Valley Integrated Care Board - Conditional Offer",
                      "lines": ["Candidate: Shauna Adeyemi-Clarke", "Post: Population Health Analyst, Band 6",
                             "This offer is conditional upon satisfactory pre-employment checks:",
                             "references, DBS, occupational health, right to work.",
                             "Salary: GBP 38,682 per annum (AfC Band 6, point 1)."]}],
)

add(
    scenario="contract_to_sign", kind="offer", lang="en",
    company="Glasgow Tenants' Rights Alliance", contact="eilidh@gtra.example.org.uk",
    sender=("Eilidh MacLeod", "eilidh@gtra.example.org.uk"),
    subject="Your contract",
    date="2026-08-21 12:20 +0100", structure="mixed", cte="8bit",
    text="""Hi Shauna,

As promised on the phone yesterday – here's your contract for the Policy & Campaigns
Researcher post, plus the staff handbook summary. We're all delighted you said yes!

Could you sign both copies of the contract (page 4), keep one and send the other back to
me, either scanned or by post to the office? Start date as agreed is Monday 28 September.

Any questions at all, shout.

Eilidh

Eilidh MacLeod (she/her)
Coordinator
Glasgow Tenants' Rights Alliance
""",
    attachments=[{"filename": "GTRA contract - Policy and Campaigns Researcher.pdf",
                      "title": "Statement of Main Terms of Employment",
                      "lines": ["Employer: Glasgow Tenants' Rights Alliance (SCIO SC051183)",
                             "Employee: Shauna Adeyemi-Clarke",
                             "Job title: Policy & Campaigns Researcher",
                             "Start date: 28 September 2026. Salary: GBP 33,900 pro rata.",
                             "Signed for the employer: ____________  Employee: ____________"]},
                 {"filename": "Staff handbook summary 2026.pdf",
                      "title": "GTRA Staff Handbook - Summary",
                      "lines": ["Hours, leave, flexible working, expenses, grievance procedure."]}],
)

add(
    scenario="agency_offer_all_caps", kind="offer", lang="en",
    company="Severn Homes", contact="kayleigh@brightwater-rec.example.co.uk",
    sender=("Kayleigh Dunn | Brightwater", "kayleigh@brightwater-rec.example.co.uk"),
    subject="THEY WANT YOU!!!!",
    date="2026-05-22 14:09 +0100", structure="plain", cte="qp",
    text="""SHAUNA!!!!

Just off the phone with Karen at Severn Homes and they want to OFFER YOU THE JOB!!! 🥳🥳🥳

Tenant Insight & Policy Lead, £41,000 + 6% pension, hybrid (2 days Bristol), start date to
be agreed but they'd love early July.

They'll send the formal offer letter early next week once HR have signed it off. Can you
call me when you get a sec so I can give them your verbal acceptance?? (No pressure if you
want to think about it over the weekend!)

SO proud of you!!

Kayleigh x
07700 900 862
""",
)

add(
    scenario="research_offer_html", kind="offer", lang="en",
    company="The London Policy Lab", contact="oliver.grant@londonpolicylab.example.org.uk",
    sender=("Oliver Grant", "oliver.grant@londonpolicylab.example.org.uk"),
    subject="Research Associate (Housing) - offer",
    date="2026-05-27 09:40 +0100", structure="html", cte="qp",
    html="""<div dir="ltr" style="font-family:Arial,sans-serif;font-size:small">
<div>Dear Shauna,</div><div><br></div>
<div>Thank you for coming in again last week &ndash; Fatima and I (and our CEO, who sat in on the second half) were really impressed.</div><div><br></div>
<div>I'm delighted to offer you the position of <b>Research Associate (Housing)</b> at The London Policy Lab, on a two-year fixed-term contract with a salary of &pound;37,500.</div><div><br></div>
<div>Our operations manager, Grace, will send over the offer letter and contract for your signature in the next few days, along with details of our benefits and the hybrid working policy. Do let me know if you have any questions before then &ndash; or if you'd like to pop in and meet the rest of the team.</div><div><br></div>
<div>Very best wishes,</div><div>Oliver</div><div><br></div>
<div>-- </div>
<div dir="ltr"><table cellpadding="0" cellspacing="0" style="font-size:12px;color:#444"><tr>
<td style="padding-right:10px"><img src="https://londonpolicylab.example.org.uk/img/tlpl-square.png" alt="The London Policy Lab" width="44" height="44"></td>
<td><b>Oliver Grant</b> | Senior Researcher | The London Policy Lab<br>
<a href="https://londonpolicylab.example.org.uk">londonpolicylab.example.org.uk</a> | <a href="https://bsky.app/profile/londonpolicylab.example.org.uk">Bluesky</a> | <a href="https://www.linkedin.com/company/london-policy-lab-example">LinkedIn</a><br>
<span style="color:#999">The London Policy Lab is a registered charity (1176540) and a company limited by guarantee registered in England No 10922318.</span></td></tr></table></div>
</div>
""",
)

add(
    scenario="lettre_offre_pdf_geneve", kind="offer", lang="fr",
    company="Observatoire genevois du logement", contact="sophie.maillard@ogl.example.ch",
    sender=("Sophie Maillard", "sophie.maillard@ogl.example.ch"),
    subject="Proposition d'engagement – Collaboratrice scientifique",
    date="2026-06-30 10:15 +0200", structure="mixed", charset="iso-8859-1", cte="qp",
    text="""Madame,

Suite à votre entretien du 18 juin et à la décision du conseil de fondation, nous avons le
grand plaisir de vous proposer le poste de collaboratrice scientifique à 80 % au sein de
l'Observatoire genevois du logement.

Vous trouverez en pièce jointe notre proposition d'engagement détaillant les conditions :
salaire annuel brut de CHF 92'400 (pour un 80 %), entrée en fonction le 1er octobre 2026 ou
à convenir, période d'essai de trois mois.

Nous vous saurions gré de nous faire part de votre décision d'ici au 10 juillet. Nous
restons bien entendu à votre disposition pour toute question.

Avec nos meilleures salutations,

Sophie Maillard
Responsable administrative
Observatoire genevois du logement
""",
    attachments=[{"filename": "OGL_proposition_engagement_Adeyemi-Clarke.pdf",
                      "title": "Observatoire genevois du logement - Proposition d'engagement",
                      "lines": ["Madame Shauna Adeyemi-Clarke", "Poste : collaboratrice scientifique (80 %)",
                             "Salaire annuel brut : CHF 92'400", "Entree en fonction : 1er octobre 2026",
                             "Bon pour accord : ______________________"]}],
)

add(
    scenario="promesse_embauche_bruxelles", kind="offer", lang="fr",
    company="Plateforme européenne contre le sans-abrisme",
    contact="anne-sophie.lambert@pecsa.example.org",
    sender=("Anne-Sophie Lambert", "anne-sophie.lambert@pecsa.example.org"),
    subject="Bonne nouvelle !",
    date="2026-05-06 18:30 +0200", structure="alt", cte="qp",
    text="""Chère Shauna,

Suite à nos deux entretiens, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de chargée de recherche à la PECSA, sous contrat à durée indéterminée, à temps plein, à partir du 1er septembre.

Le salaire brut mensuel proposé est de 4 150 euros, avec chèques-repas, abonnement STIB et assurance hospitalisation. Le contrat de travail vous sera envoyé par notre secrétariat social d'ici la fin de la semaine prochaine.

Pourriez-vous me confirmer votre accord de principe d'ici le 15 mai ?

Au plaisir de vous accueillir dans l'équipe,

Anne-Sophie Lambert
Directrice
Plateforme européenne contre le sans-abrisme (PECSA) ASBL
""",
    html="""<div style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Chère Shauna,</p>
<p>Suite à nos deux entretiens, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de <b>chargée de recherche</b> à la PECSA, sous contrat à durée indéterminée, à temps plein, à partir du 1<sup>er</sup> septembre.</p>
<p>Le salaire brut mensuel proposé est de 4&nbsp;150&nbsp;euros, avec chèques-repas, abonnement STIB et assurance hospitalisation. Le contrat de travail vous sera envoyé par notre secrétariat social d'ici la fin de la semaine prochaine.</p>
<p>Pourriez-vous me confirmer votre accord de principe d'ici le 15 mai&nbsp;?</p>
<p>Au plaisir de vous accueillir dans l'équipe,</p>
<p><b>Anne-Sophie Lambert</b><br>Directrice<br>Plateforme européenne contre le sans-abrisme (PECSA) ASBL</p>
</div>
""",
)

add(
    scenario="arbeitsvertrag_angebot", kind="offer", lang="de",
    company="Verband Genossenschaftliches Wohnen Schweiz", contact="m.luethi@vgws.example.ch",
    sender=("Martina Lüthi", "m.luethi@vgws.example.ch"),
    name_charset="iso-8859-1",
    subject="Stellenangebot und Arbeitsvertrag",
    date="2026-06-19 15:12 +0200", structure="mixed", charset="iso-8859-1", cte="base64",
    text="""Sehr geehrte Frau Adeyemi-Clarke

Wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Stelle als Projektleiterin
Grundlagen & Forschung (90 %) in unserer Geschäftsstelle Genf anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Das Bruttojahresgehalt
beträgt CHF 104'000 (90 %), Stellenantritt ist der 1. September 2026 oder nach Vereinbarung.

Wir bitten Sie, uns ein unterzeichnetes Exemplar bis zum 3. Juli zurückzusenden. Für Fragen
stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Martina Lüthi
Leiterin Personal
Verband Genossenschaftliches Wohnen Schweiz
""",
    attachments=[{"filename": "Arbeitsvertrag_Adeyemi-Clarke_VGWS.pdf",
                      "title": "Arbeitsvertrag",
                      "lines": ["zwischen dem Verband Genossenschaftliches Wohnen Schweiz",
                             "und Frau Shauna Adeyemi-Clarke",
                             "Funktion: Projektleiterin Grundlagen & Forschung (90 %)",
                             "Beginn: 1. September 2026", "Unterschrift: ____________"]}],
)

add(
    scenario="oferta_recoviv", kind="offer", lang="es",
    company="Red Europea de Cooperativas de Vivienda", contact="jmartin@recoviv.example.org",
    sender=("Javier Martín Ochoa", "jmartin@recoviv.example.org"),
    name_charset="iso-8859-1",
    subject="Oferta: Responsable de estudios",
    date="2026-07-10 09:05 +0200", structure="alt", charset="iso-8859-1", cte="qp",
    text="""Estimada Shauna:

Tras las entrevistas del pasado viernes, tengo el placer de ofrecerle el puesto de
Responsable de estudios de la Red Europea de Cooperativas de Vivienda.

Las condiciones que le proponemos son: contrato indefinido de derecho belga, jornada
completa, salario bruto anual de 58.000 EUR, incorporación el 1 de septiembre de 2026.

Le agradecería que me confirmara si acepta la oferta antes del 20 de julio. En cuanto lo
haga, le enviaremos el contrato para su firma.

Reciba un cordial saludo,

Javier Martín Ochoa
Director de Administración y Personas
RECOVIV - Red Europea de Cooperativas de Vivienda AISBL
""",
    html=paras("""Estimada Shauna:

Tras las entrevistas del pasado viernes, tengo el placer de ofrecerle el puesto de Responsable de estudios de la Red Europea de Cooperativas de Vivienda.

Las condiciones que le proponemos son: contrato indefinido de derecho belga, jornada completa, salario bruto anual de 58.000 EUR, incorporación el 1 de septiembre de 2026.

Le agradecería que me confirmara si acepta la oferta antes del 20 de julio. En cuanto lo haga, le enviaremos el contrato para su firma.

Reciba un cordial saludo,

Javier Martín Ochoa
Director de Administración y Personas
RECOVIV - Red Europea de Cooperativas de Vivienda AISBL""", "margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px"),
)
