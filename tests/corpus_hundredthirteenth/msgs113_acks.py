"""Application acknowledgements (21) and offers (10) for Ingrid Solberg-Achebe. Each written by hand."""

# ruff: noqa: C408  (each message is a dict(...) call: a spec written by hand)

from __future__ import annotations

from msgs113_common import ats_page, gmail_quote, mso, outlook_page

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application received: English

add(dict(
    kind="application_received", scen="workday_lothian_thanks", lang="en",
    company="Lothian Heritage Trust", contact="",
    frm=("Lothian Heritage Trust", "lothianheritage@myworkday.com"),
    subject="Thank you for applying: Collections Data Officer (R-00417)",
    date="2026-01-14 22:41 +0000",
    html=ats_page(
        """<p style="margin:0 0 14px">Dear Ingrid,</p>
<p style="margin:0 0 14px">Thank you for applying for the <b>Collections Data Officer</b> role (R-00417). We have received your application and it is now with our recruitment team.</p>
<p style="margin:0 0 14px">What happens next: the hiring manager will review applications after the closing date of 1 February 2026. You can track the status of your application at any time in your <a href="https://lothianheritage.wd3.myworkdayjobs.example.com/en-GB/Careers/userHome">candidate home</a>.</p>
<p style="margin:0">Kind regards,<br>Talent Acquisition<br>Lothian Heritage Trust</p>""",
        brand="Lothian Heritage Trust", logo="https://lothianheritage.example.org/assets/lht-logo-email.png",
        logo_alt="Lothian Heritage Trust", colour="#5b2a45",
        footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>Lothian Heritage Trust is a charity registered in Scotland (SC031877).<br>Powered by Workday"),
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="taleo_public_records_submitted", lang="en",
    company="Public Records Service", contact="",
    frm=("Public Records Service Recruitment", "noreply@taleo.net"),
    subject="Application received - Records and Information Officer (HEO) - Ref 12876",
    date="2026-02-03 23:58 +0000",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0b0c0c;padding:12px 20px"><img src="https://prs.taleo.net/careersection/theme/3/1730/logo.png" alt="Public Records Service" height="32"></td></tr></table>
<div style="padding:20px;max-width:640px">
<p>Dear Ingrid Solberg-Achebe</p>
<p>Thank you for submitting your application for <b>Records and Information Officer (HEO)</b>, reference 12876.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;background:#f3f2f1">
<tr><td><b>Application number</b></td><td>PRS-2026-0088314</td></tr>
<tr><td><b>Submitted</b></td><td>03/02/2026 23:57</td></tr>
<tr><td><b>Closing date</b></td><td>04/02/2026 23:55</td></tr>
</table>
<p>The sift is expected to take place in the weeks commencing 9 and 16 March. You will be notified of the outcome by email. You can withdraw your application at any time from your account.</p>
<p>Resourcing Team<br>Public Records Service</p>
<p style="font-size:12px;color:#505a5f">Please do not reply to this email; this mailbox is not monitored.</p>
</div></body></html>
""",
    html_cte="7bit",
))

add(dict(
    kind="application_received", scen="small_charity_four_weeks_unsuccessful", lang="en",
    company="Portobello Heritage Society", contact="anne.gillies@portobelloheritage.example.org",
    frm=("Anne Gillies", "anne.gillies@portobelloheritage.example.org"),
    subject="Re: Application - Archive and Exhibitions Assistant",
    date="2026-01-08 19:22 +0000", mailer="gmail",
    irt="<d4f0c7b1a2.porty@example.no>",
    text="""Dear Ingrid,

Thank you for your application for the Archive and Exhibitions Assistant post, which arrived safely. We'll be shortlisting after the closing date on 23 January.

I should say that we are a small volunteer-run committee and we cannot reply to every applicant individually. If you hear nothing from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion. I'm sorry that sounds abrupt - it's simply a question of time.

With thanks again for your interest in the Society,

Anne Gillies
Hon. Secretary, Portobello Heritage Society

""" + gmail_quote("Wed, 7 Jan 2026 at 22:05", "Ingrid Solberg-Achebe", "ingrid.sa@example.no", """Dear Ms Gillies,

Please find attached my application form and CV for the Archive and Exhibitions Assistant post (part time).

Kind regards,
Ingrid Solberg-Achebe"""),
    cte="7bit",
))

add(dict(
    kind="application_received", scen="job_board_sent_to_bramwell", lang="en",
    company="Bramwell & Finch", contact="",
    frm=("CareerLink", "jobs-noreply@careerlink.example.com"),
    subject="Your application was sent to Bramwell & Finch",
    date="2026-02-09 20:14 +0000",
    headers={"List-Unsubscribe": "<https://www.careerlink.example.com/email/unsubscribe?u=8812&t=appconf>"},
    html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:18px 24px"><img src="https://static.careerlink.example.com/mail/logo-careerlink.png" alt="CareerLink" height="26"></td></tr>
<tr><td style="padding:0 24px 8px;font-size:20px;font-weight:600;color:#191919">Your application was sent to Bramwell &amp; Finch</td></tr>
<tr><td style="padding:12px 24px">
<table cellpadding="0" cellspacing="0"><tr>
<td width="56" valign="top"><img src="https://media.careerlink.example.com/company-logos/bramwell-finch-100.png" alt="Bramwell &amp; Finch logo" width="48" height="48"></td>
<td valign="top" style="font-size:14px;color:#191919;padding-left:10px"><b>Metadata &amp; Archive Assistant</b><br>Bramwell &amp; Finch &middot; London, England, United Kingdom (Hybrid)<br><span style="color:#666">Applied 9 Feb 2026</span></td>
</tr></table>
</td></tr>
<tr><td style="padding:8px 24px 20px;font-size:14px;color:#444">Now, take these steps to stand out: <a href="https://www.careerlink.example.com/comm/jobs/view/39918822/?trk=eml-jobs_application_confirmation&amp;trkEmail=eml-appconf-null-1-null">View the job</a> &middot; <a href="https://www.careerlink.example.com/comm/profile/edit?trk=eml-appconf-profile">Update your profile</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #eee">This email was intended for Ingrid Solberg-Achebe (Collections Assistant at Dean Village Museum). You are receiving application confirmation emails. <a href="https://www.careerlink.example.com/email/unsubscribe?u=8812&amp;t=appconf">Unsubscribe</a><br>&copy; 2026 CareerLink Corporation, 1 Market Street, Dublin 2, Ireland.</td></tr>
</table></td></tr></table>
<img src="https://www.careerlink.example.com/emimp/ip_TVRJeU5UZz0.gif" width="1" height="1" alt="" style="display:none">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="job_board_application_submitted_tessellate", lang="en",
    company="Tessellate", contact="",
    frm=("Jobsy", "applications@mail.jobsy.example.com"),
    subject="Application submitted: Solutions Archivist at Tessellate",
    date="2026-07-14 08:09 +0100",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@mail.jobsy.example.com?subject=appconf>"},
    html="""<div style="font-family:Arial,sans-serif;background:#f5f7fb;padding:20px">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e5ee">
<tr><td style="padding:16px 22px;background:#2557a7"><img src="https://static.jobsy.example.com/img/jobsy-white.png" alt="Jobsy" height="24"></td></tr>
<tr><td style="padding:22px">
<p style="font-size:18px;margin:0 0 10px"><b>Your application has been submitted</b></p>
<p style="font-size:14px;color:#333;margin:0 0 16px">Good luck, Ingrid! Here is a copy of what you sent:</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #e1e5ee;font-size:14px">
<tr><td><b>Solutions Archivist</b><br>Tessellate &ndash; London<br>&pound;38,000 &ndash; &pound;44,000 a year</td></tr>
</table>
<p style="font-size:13px;color:#555;margin:16px 0 0">The employer will contact you directly if they would like to move forward. Track this application in <a href="https://uk.jobsy.example.com/myjobs?from=appconf_email&amp;tk=1h3kq9">My jobs</a>.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Jobsy Ltd, 10 Bressenden Place, London. <a href="https://uk.jobsy.example.com/prefs?tk=1h3kq9">Email preferences</a></td></tr>
</table>
<img src="https://click.jobsy.example.com/o/1h3kq9.gif" width="1" height="1" alt="">
</div>
""",
    html_cte="base64",
))

add(dict(
    kind="application_received", scen="smartrecruiters_ledgerline_received", lang="en",
    company="Ledgerline", contact="",
    frm=("Ledgerline Hiring Team", "no-reply@smartrecruiters.com"),
    subject="Thanks for applying to Ledgerline",
    date="2026-02-02 13:44 +0000",
    alt_auto=True,
    html=ats_page(
        """<p style="margin:0 0 14px">Hello Ingrid,</p>
<p style="margin:0 0 14px">Thank you for your application for <strong>Records Management Consultant</strong>. We've received it and our team will review it shortly.</p>
<p style="margin:0 0 14px">We aim to get back to every applicant within three weeks. In the meantime you can learn more about how we help organisations manage their information on <a href="https://www.ledgerline.example.co.uk/about?utm_source=smartrecruiters&amp;utm_medium=email">our website</a>.</p>
<p style="margin:0">Best regards,<br>The Ledgerline Talent Team</p>""",
        brand="Ledgerline", logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ledgerline.png",
        logo_alt="Ledgerline", colour="#0d3b2e",
        pixel="https://email.smartrecruiters.com/o/eJwNyjEOgCAMQ.gif",
        footer="Ledgerline Consulting Ltd, 22 Bevis Marks, London EC3A 7JB. Registered in England No 10458872."),
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="lever_quillstack_plain_reply_ok", lang="en",
    company="Quillstack", contact="people@quillstack.example.com",
    frm=("Quillstack", "no-reply@hire.lever.co"),
    reply_to=("Quillstack People", "people@quillstack.example.com"),
    subject="Thanks for applying to Quillstack!",
    date="2026-04-14 23:06 +0100",
    text="""Hi Ingrid,

Thanks for applying for the Customer Success Archivist role at Quillstack - we've got your application.

We're a small team so it usually takes us a week or two to get through everything. A real human (probably Ruaridh or Beth) will look at your application and get back to you either way.

Any questions in the meantime? Just reply to this email.

The Quillstack team
3 Bread Street, Edinburgh EH3 9AF
""",
    cte="7bit",
))

add(dict(
    kind="application_received", scen="greenhouse_harcourt_received", lang="en",
    company="Harcourt & Vane", contact="",
    frm=("Harcourt & Vane", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Harcourt & Vane",
    date="2026-01-22 18:30 +0000",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#1a1a1a;max-width:600px">
<img src="https://s3.amazonaws.com/grnhse-email-logos/harcourt-vane.png" alt="Harcourt &amp; Vane" width="150" style="margin:10px 0 20px">
<p>Dear Ingrid,</p>
<p>Thank you for your interest in Harcourt &amp; Vane. We wanted to let you know we received your application for <b>Archive &amp; Rights Coordinator</b>, and we are delighted that you would consider joining us.</p>
<p>Our hiring team is currently reviewing all applications and we are planning to schedule interviews in the coming weeks. If you are selected to take part in the next stage, a member of our team will be in touch.</p>
<p>Thank you,<br>Harcourt &amp; Vane Recruitment</p>
<p style="font-size:11px;color:#8c8c8c">Please do not reply to this message, which was sent from an unmonitored address. Harcourt &amp; Vane Ltd, 12 Bedford Square, London WC1B 3JA.</p>
</div>
<img width="1" height="1" alt="" src="https://u3361011.ct.greenhouse-mail.io/wf/open?upn=rcv-2Fk9aZ-3D">
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="irish_institute_unable_to_respond", lang="en",
    company="Clontarf Institute", contact="recruitment@clontarfinstitute.example.ie",
    frm=("Clontarf Institute HR", "recruitment@clontarfinstitute.example.ie"),
    subject="Acknowledgement: Assistant Librarian (Special Collections) - Competition CI/26/14",
    date="2026-05-26 16:50 +0100", cte="quoted-printable",
    text="""Dear Applicant,

We acknowledge receipt of your application for the post of Assistant Librarian (Special Collections), Competition CI/26/14.

Due to the high volume of applications received, we are unable to respond to every applicant. If you have not heard from us within four weeks of the closing date (12 June 2026), please assume that you have not been shortlisted on this occasion.

Shortlisting will be based on the information supplied in your application form. Canvassing will disqualify.

If you have any queries about this competition, please reply to this email quoting the competition number.

Human Resources Department
Clontarf Institute
Castle Avenue, Clontarf, Dublin 3, D03 K2W1
Tel: +353 1 555 0460

The Clontarf Institute is an equal opportunities employer.
""",
))

add(dict(
    kind="application_received", scen="teamtailor_fjordheim_received", lang="en",
    company="Fjordheim Museum", contact="",
    frm=("Fjordheim Museum", "no-reply@teamtailor-mail.com"),
    subject="Thank you for your application to Fjordheim Museum",
    date="2026-06-01 21:10 +0200",
    alt_auto=True,
    html=ats_page(
        """<p style="margin:0 0 14px">Hi Ingrid!</p>
<p style="margin:0 0 14px">Thank you for applying for the position <strong>Digital Collections Coordinator</strong>. We have received your application and are looking forward to getting to know you better.</p>
<p style="margin:0 0 14px">The application deadline is 14 June. We will review applications continuously and expect to give everyone an answer by the end of June.</p>
<p style="margin:0 0 14px">Meanwhile, why not read about <a href="https://career.fjordheim.example.no/pages/life-at-fjordheim?utm_campaign=ack">life at Fjordheim</a>?</p>
<p style="margin:0">Best regards,<br>Marte Lie<br>HR Adviser, Fjordheim Museum</p>""",
        brand="Fjordheim Museum", logo="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/fjordheim.png",
        logo_alt="Fjordheim Museum", colour="#274b6d",
        pixel="https://e.teamtailor-mail.com/open/v2/1a9d44c2b0.png",
        footer="This message cannot be answered. Fjordheim Museum, Bygdøynesveien 31, 0286 Oslo, Norway. Sent with Teamtailor"),
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="agency_got_your_cv_kinetoscope", lang="en",
    company="Kinetoscope Film Archive", contact="josh.pemberton@callowayrecruitment.example.co.uk",
    frm=("Josh Pemberton", "josh.pemberton@callowayrecruitment.example.co.uk"),
    subject="Collections & Records Officer - Kinetoscope Film Archive",
    date="2026-03-03 10:17 +0000",
    text="""Hi Ingrid,

Thanks for applying for the Collections & Records Officer role through Calloway - I've received your CV and cover letter and they look great.

The client is the Kinetoscope Film Archive in Bermondsey. I'll be putting your details across to their Head of Collections this afternoon, and they've said they'll review the shortlist by the end of next week. I'll keep you posted either way!

In the meantime, can you confirm your notice period and current salary for me? They always ask.

Cheers,
Josh

Josh Pemberton
Senior Consultant - Heritage & Information
Calloway Recruitment
M: 07700 900431 | T: 020 7946 0318
""",
    cte="7bit",
))

# ================================================================ application received: German

add(dict(
    kind="application_received", scen="personio_archivwerk_danke_du", lang="de",
    company="Archivwerk", contact="",
    frm=("Archivwerk Recruiting", "noreply@personio.de"),
    subject="Danke für deine Bewerbung! 🙌",
    date="2026-03-02 09:58 +0100",
    html=ats_page(
        """<p style="margin:0 0 14px">Hallo Ingrid,</p>
<p style="margin:0 0 14px">danke für deine Bewerbung als <strong>Product Specialist Digitale Archive</strong>! Sie ist gut bei uns angekommen.</p>
<p style="margin:0 0 14px">Wir schauen uns alle Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen bei dir. Falls du in der Zwischenzeit Fragen hast, findest du Infos zu unserem Bewerbungsprozess <a href="https://archivwerk.jobs.personio.de/faq?utm_source=eingang">hier</a>.</p>
<p style="margin:0">Bis bald!<br>Lea vom Archivwerk-Team</p>""",
        brand="Archivwerk", logo="https://archivwerk.jobs.personio.de/assets/logo.png", logo_alt="Archivwerk",
        colour="#ff5a36", lang="de",
        footer="Archivwerk GmbH · Schlesische Straße 27 · 10997 Berlin · Geschäftsführer: Jonas Albrecht, Dr. Mira Oyelaran<br>Diese E-Mail wurde automatisch versendet. Bitte antworte nicht auf diese Nachricht."),
    html_cte="base64",
))

add(dict(
    kind="application_received", scen="softgarden_filmerbe_eingang", lang="de",
    company="Stiftung Filmerbe Berlin", contact="",
    frm=("Stiftung Filmerbe Berlin über softgarden", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-05-18 07:12 +0200",
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;line-height:21px">
<tr><td style="padding:20px 30px;border-bottom:1px solid #ddd"><img src="https://filmerbe.softgarden.io/assets/logo-filmerbe.png" alt="Stiftung Filmerbe Berlin" height="44"></td></tr>
<tr><td style="padding:26px 30px">
<p>Sehr geehrte Frau Solberg-Achebe,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Archivar (m/w/d) Filmnachlässe</b> (Kennziffer FE-2026-07). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir werden Ihre Bewerbung sorgfältig prüfen und uns nach Ablauf der Bewerbungsfrist am 15. Juni 2026 bei Ihnen melden. Bitte sehen Sie bis dahin von Nachfragen ab.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://filmerbe.softgarden.io/de/candidate/login?ref=ack">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Stiftung Filmerbe Berlin</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;color:#888">Stiftung Filmerbe Berlin · Potsdamer Straße 2 · 10785 Berlin · Vorstand: Dr. Konrad Wendt<br>Dies ist eine automatisch generierte Nachricht.</td></tr>
</table></td></tr></table>
<img src="https://filmerbe.softgarden.io/track/open/2a7d9f01.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="agency_kessler_vier_wochen", lang="de",
    company="Kessler Personalberatung", contact="t.renner@kessler-personal.example.de",
    frm=("Tobias Renner", "t.renner@kessler-personal.example.de"),
    subject="Eingangsbestätigung – Leitung Verlagsarchiv (Wien)",
    date="2026-09-10 15:03 +0200", charset="windows-1252", cte="quoted-printable", mailer="outlook",
    text="""Sehr geehrte Frau Solberg-Achebe,

vielen Dank für Ihre Bewerbung auf unsere Anzeige „Leitung Verlagsarchiv (Wien)“, die wir im Auftrag unseres Mandanten betreuen. Ihre Unterlagen sind vollständig bei uns eingegangen.

Frau Kessler wird Ihr Profil in den kommenden Tagen sichten. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl der Zuschriften nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.

Selbstverständlich behandeln wir Ihre Angaben streng vertraulich.

Mit freundlichen Grüßen

Tobias Renner
Research & Assistenz

Kessler Personalberatung GmbH
Kurfürstendamm 59 · 10707 Berlin
Tel. +49 30 555 48 20
Geschäftsführerin: Sabine Kessler · Amtsgericht Charlottenburg HRB 187654 B
""",
))

add(dict(
    kind="application_received", scen="successfactors_verlagshaus_eingang", lang="de",
    company="Kreuzberger Verlagshaus", contact="",
    frm=("Kreuzberger Verlagshaus Karriere", "noreply@successfactors.eu"),
    subject="Bestätigung Ihrer Bewerbung – Mitarbeiter*in Verlagsarchiv (Teilzeit)",
    date="2026-08-03 12:26 +0200",
    alt_auto=True,
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 24px;background:#8c1d18"><img src="https://career5.successfactors.eu/doc-logo?company=kreuzbergerP" alt="Kreuzberger Verlagshaus" height="36"></td></tr></table>
<div style="padding:22px 24px;max-width:620px">
<p>Sehr geehrte Frau Solberg-Achebe,</p>
<p>wir bestätigen den Eingang Ihrer Bewerbung für die Position <b>Mitarbeiter*in Verlagsarchiv (Teilzeit)</b>, Stellen-ID 48213.</p>
<p>Ihre Unterlagen werden nun von unserem Recruiting-Team und der Fachabteilung geprüft. Wir melden uns so bald wie möglich bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kreuzberger Verlagshaus</p>
<p style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">Kreuzberger Verlagshaus GmbH &amp; Co. KG · Oranienstraße 185 · 10999 Berlin · Amtsgericht Charlottenburg HRA 45012<br>Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

# ================================================================ application received: French

add(dict(
    kind="application_received", scen="archiveo_bien_recue", lang="fr",
    company="Archivéo", contact="",
    frm=("Archivéo – Recrutement", "ne-pas-repondre@archiveo.example.fr"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-04-07 22:19 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Bonjour Ingrid,</p>
<p style="margin:0 0 14px">Nous vous confirmons la bonne réception de votre candidature au poste de <strong>Chef·fe de projet archivage électronique</strong>.</p>
<p style="margin:0 0 14px">Notre équipe Talents l'étudiera avec attention et reviendra vers vous dans les meilleurs délais, que la réponse soit positive ou non.</p>
<p style="margin:0">À très bientôt,<br>L'équipe Talents<br>Archivéo</p>""",
        brand="Archivéo", logo="https://archiveo.example.fr/static/mail/logo-archiveo.png", logo_alt="Archivéo",
        colour="#2d6a4f", lang="fr", pixel="https://t.archiveo.example.fr/o/1c4d88aa.gif",
        footer="Archivéo SAS au capital de 120 000 € – RCS Paris 812 345 678<br>Ce message a été envoyé automatiquement, merci de ne pas y répondre."),
    html_cte="base64",
))

add(dict(
    kind="application_received", scen="geneva_foundation_accuse_reception", lang="fr",
    company="Fondation Léman pour le Patrimoine", contact="n.rochat@fondation-leman.example.ch",
    frm=("Nathalie Rochat", "n.rochat@fondation-leman.example.ch"),
    subject="Accusé de réception - archiviste documentaliste (80%)",
    date="2026-01-19 14:55 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous accusons bonne réception de votre dossier de candidature pour le poste d'archiviste documentaliste à 80% et vous remercions de l'intérêt que vous portez à notre fondation.

Les entretiens auront lieu dans le courant du mois de mars. Nous ne manquerons pas de revenir vers vous dès que la première sélection des dossiers aura été effectuée.

Avec nos meilleures salutations,

Nathalie Rochat
Responsable des ressources humaines
Fondation Léman pour le Patrimoine
Rue des Granges 9, 1204 Genève
""",
))

add(dict(
    kind="application_received", scen="job_board_fr_envoyee_pont_neuf", lang="fr",
    company="Éditions du Pont-Neuf", contact="",
    frm=("Emploi Culture", "notifications@emploi-culture.example.fr"),
    subject="Votre candidature a bien été envoyée à Éditions du Pont-Neuf",
    date="2026-05-11 21:33 +0200",
    headers={"List-Unsubscribe": "<https://www.emploi-culture.example.fr/desabonnement?c=55e1>"},
    html="""<html><body style="margin:0;background:#f4f1ec;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#d6336c"><img src="https://www.emploi-culture.example.fr/img/mail-logo.png" alt="Emploi Culture" height="28"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222;line-height:22px">
<p style="font-size:19px;margin:0 0 14px"><b>C'est envoyé !</b></p>
<p>Bonjour Ingrid,</p>
<p>Votre candidature pour l'offre <b>Archiviste / chargé·e du fonds éditorial (CDI)</b> a bien été transmise au recruteur :</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #eee"><tr><td><b>Éditions du Pont-Neuf</b><br>Paris 6e &middot; CDI &middot; publiée le 4 mai</td></tr></table>
<p>Le recruteur est seul responsable de la suite donnée à votre candidature. Retrouvez toutes vos candidatures dans <a href="https://www.emploi-culture.example.fr/mon-espace/candidatures?utm_source=mail_confirmation">votre espace</a>.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa">Vous recevez cet e-mail car vous avez postulé via Emploi Culture. <a href="https://www.emploi-culture.example.fr/desabonnement?c=55e1">Se désabonner</a> · Emploi Culture SAS, 75010 Paris</td></tr>
</table></td></tr></table>
<img src="https://track.emploi-culture.example.fr/open/55e1.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="biu_sans_reponse_six_semaines", lang="fr",
    company="Bibliothèque interuniversitaire Saint-Jacques", contact="",
    frm=("BIU Saint-Jacques – Recrutement", "ne-pas-repondre@biu-saintjacques.example.fr"),
    subject="Accusé de réception de votre candidature – Réf. BIU-2026-031",
    date="2026-08-25 10:02 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de chargé(e) de numérisation patrimoniale (référence BIU-2026-031).

Compte tenu du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d’entre elles. Sans réponse de notre part dans un délai de six semaines après la date limite de dépôt, vous voudrez bien considérer que votre candidature n’a pas été retenue.

Les candidats présélectionnés seront convoqués à un entretien devant un jury début octobre.

Le service des ressources humaines
Bibliothèque interuniversitaire Saint-Jacques

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.
""",
))

# ================================================================ application received: Spanish

add(dict(
    kind="application_received", scen="job_board_es_enviada_documenta", lang="es",
    company="Documenta Digital", contact="",
    frm=("Empleo+", "no-responder@empleomas.example.es"),
    subject="Tu candidatura ha sido enviada a Documenta Digital",
    date="2026-05-06 19:48 +0200",
    headers={"List-Unsubscribe": "<https://www.empleomas.example.es/baja?u=ingrid-sa&t=cand>"},
    html="""<div style="background:#eef3f8;padding:18px;font-family:Arial,Helvetica,sans-serif">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:18px 22px;border-bottom:1px solid #e3e8ee"><img src="https://static.empleomas.example.es/mail/logo.png" alt="Empleo+" height="26"></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#2c3e50;line-height:22px">
<p style="font-size:18px;margin:0 0 12px"><b>¡Candidatura enviada!</b></p>
<p>Hola Ingrid, tu candidatura a la oferta <b>Consultora de Gestión Documental</b> de <b>Documenta Digital</b> (Madrid, híbrido) se ha enviado correctamente.</p>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso. Puedes seguirlo desde <a href="https://www.empleomas.example.es/candidato/mis-candidaturas?utm_campaign=conf_insc">Mis candidaturas</a>.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#8a96a3">Empleo+ · Paseo de la Castellana 95, Madrid · <a href="https://www.empleomas.example.es/baja?u=ingrid-sa&amp;t=cand">Darse de baja</a></td></tr>
</table>
<img src="https://t.empleomas.example.es/px/cand-9931.gif" width="1" height="1" alt="">
</div>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", scen="fundacion_hemos_recibido", lang="es",
    company="Fundación Archivo Castellano", contact="marta.iglesias@archivocastellano.example.es",
    frm=("Marta Iglesias Ruiz", "marta.iglesias@archivocastellano.example.es"),
    subject="Recepción de candidatura: Técnico/a de Archivo",
    date="2026-02-10 11:36 +0100", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Solberg-Achebe:

Le confirmamos que hemos recibido correctamente su candidatura para la plaza de Técnico/a de Archivo, junto con su currículum y carta de motivación.

El plazo de presentación finaliza el 28 de febrero. Una vez concluido, el comité de selección estudiará todas las candidaturas y nos pondremos en contacto con usted para informarle del resultado.

Atentamente,

Marta Iglesias Ruiz
Responsable de Personas
Fundación Archivo Castellano
C/ de Segovia 14, 28005 Madrid
""",
))

# ================================================================ offers

add(dict(
    kind="offer", scen="kingsbridge_offer_letter_contract_pdf", lang="en",
    company="Kingsbridge University", contact="hannah.pryce@kingsbridge.example.co.uk",
    frm=("Hannah Pryce", "hannah.pryce@kingsbridge.example.co.uk"),
    subject="Offer of employment - Assistant Archivist (Digital) - KU-04519",
    date="2026-05-06 16:22 +0100", mailer="outlook",
    text="""Dear Ingrid,

Following your interview on 23 April, I am delighted to offer you the post of Assistant Archivist (Digital) in Library & Archives at Kingsbridge University.

The post is full time (35 hours per week) and permanent, at Grade 6, spine point 24 (£37,412 per annum inclusive of London Weighting). The proposed start date is Monday 3 August 2026, subject to the completion of pre-employment checks.

Please find attached your formal offer letter and your contract of employment. To accept, please sign and return both documents by Friday 15 May 2026, or contact me if you would like to discuss any aspect of the offer.

Dr Adeyemi has asked me to pass on her congratulations - the panel were unanimous.

Kind regards,

Hannah Pryce
Recruitment Coordinator, HR Services
Kingsbridge University
Strand Lane, London WC2R 2LS
""",
    cte="quoted-printable",
    attach=[
        dict(filename="KU-04519_Offer_Letter_Solberg-Achebe.pdf", lines=[
            "Kingsbridge University - HR Services",
            "6 May 2026",
            "Dear Ms Solberg-Achebe,",
            "Offer of appointment: Assistant Archivist (Digital), Library & Archives (KU-04519)",
            "Grade 6, spine point 24, GBP 37,412 per annum including London Weighting.",
            "Start date: 3 August 2026. Probationary period: 6 months. Annual leave: 30 days plus bank holidays.",
            "This offer is conditional on two satisfactory references and proof of right to work in the UK.",
            "Please sign and return by 15 May 2026.",
            "Yours sincerely, Director of HR Services",
        ]),
        dict(filename="KU_Contract_of_Employment.pdf", lines=[
            "Contract of Employment - Kingsbridge University",
            "Employee: Ingrid Solberg-Achebe   Post: Assistant Archivist (Digital)",
            "1. Commencement: 3 August 2026.  2. Hours: 35 per week.  3. Place of work: Strand campus.",
            "4. Salary: Grade 6/24, paid monthly in arrears.  5. Pension: USS.",
            "Signed for the University: ____________   Signed by the Employee: ____________",
        ]),
    ],
))

add(dict(
    kind="offer", scen="verbal_offer_confirmed_antiquaries", lang="en",
    company="Society of Antiquaries of the North", contact="h.leckie@antiquariesnorth.example.org",
    frm=("Dr Hamish Leckie", "h.leckie@antiquariesnorth.example.org"),
    subject="Digital Records Officer",
    date="2026-09-02 17:48 +0100",
    text="""Dear Ingrid,

Further to our telephone conversation this afternoon, I am delighted to confirm in writing the Society's offer of the post of Digital Records Officer.

As discussed: the post is 4 days a week (28 hours), salary £29,500 pro rata, with a start date of 1 October or as soon as possible thereafter. The appointment is for an initial period of three years, renewable. Our Treasurer will send the written statement of particulars next week.

I am so pleased you said yes. Isobel in particular is looking forward to handing over the photograph collection database!

With warm regards,

Hamish

Dr Hamish Leckie FSA Scot
Honorary Secretary
Society of Antiquaries of the North
""",
    cte="quoted-printable",
))

add(dict(
    kind="offer", scen="conditional_offer_pvg_pdf", lang="en",
    company="University of Strathkelvin", contact="priti.nair@strathkelvin.example.co.uk",
    frm=("Priti Nair", "priti.nair@strathkelvin.example.co.uk"),
    subject="Conditional offer - Records Manager (Grade 7)",
    date="2026-10-02 10:09 +0100", mailer="outlook",
    text="""Dear Ingrid,

I am very pleased to tell you that the panel would like to offer you the post of Records Manager (Grade 7, £44,128) following your presentation and interview on 15 September.

This is a conditional offer. It is subject to:
- two satisfactory references (we will contact your referees this week),
- a satisfactory Basic Disclosure Scotland check, and
- evidence of your right to work in the UK.

The conditional offer letter is attached. Once the conditions are met, People Services will issue your contract. Could you let me know by 9 October whether you accept, and your likely start date?

Congratulations - I am really looking forward to working with you.

Best wishes,
Priti

Dr Priti Nair
Head of Information Governance
University of Strathkelvin
""",
    cte="8bit",
    attach=[dict(filename="Conditional_Offer_RM_G7.pdf", lines=[
        "University of Strathkelvin - People Services",
        "Conditional offer of employment",
        "Post: Records Manager, Information Governance (Grade 7, GBP 44,128 per annum)",
        "Conditions: two satisfactory references; Basic Disclosure Scotland; right to work in the UK.",
        "Please confirm acceptance by 9 October 2026.",
    ])],
))

add(dict(
    kind="offer", scen="oslo_offer_sign_online", lang="en",
    company="Nordlys Arkiv", contact="kari.nordvik@nordlysarkiv.example.no",
    frm=("Kari Nordvik", "kari.nordvik@nordlysarkiv.example.no"),
    cc=[("Einar Haugland", "einar.haugland@nordlysarkiv.example.no")],
    subject="Offer - Implementation Consultant (Archives)",
    date="2026-08-20 14:35 +0200", mailer="outlook",
    alt_auto=True,
    html=outlook_page(mso(
        "Hi Ingrid,", "",
        "It is a great pleasure to offer you the position as Implementation Consultant (Archives) at Nordlys Arkiv!", "",
        "The main terms:",
        "&bull; Annual salary NOK 640 000, plus pension scheme (7 % of salary)",
        "&bull; Start date 2 November 2026 (we are flexible if you need more time to move)",
        "&bull; Place of work: our Oslo office, with up to two days of remote work per week",
        "&bull; Six months' probation", "",
        'The employment contract is ready for electronic signature here: <a href="https://app.signfile.example.no/sign/7Q2xNk9p?utm_source=email">Sign the contract</a>. The offer is valid until 1 September.', "",
        "Einar (in copy) and everyone you met in Oslo are very happy about this. Please call me if you have any questions about the contract or relocation support.", "",
        "Best regards", "",
        "<b>Kari Nordvik</b>", "HR Manager | Nordlys Arkiv AS",
        "Sandakerveien 24C, 0473 Oslo | +47 22 55 51 80"), lang="en-GB"),
    html_cte="quoted-printable",
))

add(dict(
    kind="offer", scen="agency_congratulations_dublin_port", lang="en",
    company="Dublin Port Heritage Archive", contact="ronan@brannigantalent.example.ie",
    frm=("Ronan Brannigan", "ronan@brannigantalent.example.ie"),
    subject="CONGRATULATIONS!!!",
    date="2026-09-24 11:02 +0100",
    text="""Ingrid!!!

They want you!! Dublin Port Heritage Archive have just been on the phone and they are offering you the Archivist (Maritime Records) job!

The offer: EUR 46,500, 12-month contract with a view to permanency, start as soon as you can (they're hoping for early November). Hybrid, 3 days at the Port Centre. The written offer will come from their HR over the next day or two, but they wanted me to tell you straight away.

Give me a ring when you get this - I want to hear you scream :)

Ronan

Ronan Brannigan
Director, Brannigan Talent
+353 87 555 2231
""",
    cte="7bit",
))

add(dict(
    kind="offer", scen="vienna_dienstvertrag_pdf", lang="de",
    company="Archivsysteme Huber & Partner", contact="m.huber@archivsysteme-huber.example.at",
    frm=("Martina Huber", "m.huber@archivsysteme-huber.example.at"),
    subject="Vertragsangebot Consultant Archivlösungen",
    date="2026-08-12 09:17 +0200", mailer="outlook", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Solberg-Achebe,

nach unserem sehr angenehmen Gespräch am 24. Juli freue ich mich, Ihnen die Stelle als Consultant für Archivlösungen anbieten zu dürfen.

Eckdaten: Vollzeit (38,5 Stunden), Einstufung nach KV für Angestellte in Handwerk und Gewerbe in der Dienstleistung, Bruttomonatsgehalt EUR 3.950 (14 Mal jährlich), Beginn 1. Oktober 2026, Dienstort Wien mit der Möglichkeit zu Homeoffice an zwei Tagen pro Woche.

Den Dienstvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis 26. August zurück oder melden Sie sich bei Fragen jederzeit bei mir.

Wir würden uns sehr freuen, Sie bald in unserem Team begrüßen zu dürfen.

Mit freundlichen Grüßen

Martina Huber
Geschäftsführerin
Archivsysteme Huber & Partner GmbH
Lassallestraße 7b, 1020 Wien
""",
    attach=[dict(filename="Dienstvertrag_Solberg-Achebe.pdf", lines=[
        "Dienstvertrag",
        "zwischen Archivsysteme Huber & Partner GmbH, Lassallestraße 7b, 1020 Wien (Dienstgeberin)",
        "und Frau Ingrid Solberg-Achebe (Dienstnehmerin)",
        "§ 1 Beginn: 1. Oktober 2026. Probezeit: ein Monat.",
        "§ 2 Verwendung: Consultant Archivlösungen. Dienstort: Wien.",
        "§ 3 Arbeitszeit: 38,5 Stunden pro Woche.  § 4 Entgelt: EUR 3.950 brutto, 14 x jährlich.",
        "Wien, am ____________      Unterschrift Dienstgeberin / Dienstnehmerin",
    ])],
))

add(dict(
    kind="offer", scen="personio_angebot_reply_to_hr", lang="de",
    company="Bibliotheksverbund Mitte", contact="m.juergens@bibliotheksverbund-mitte.example.de",
    frm=("Bibliotheksverbund Mitte", "noreply@personio.de"),
    reply_to=("Malte Jürgens", "m.juergens@bibliotheksverbund-mitte.example.de"),
    subject="Ihr Vertragsangebot: Koordinator*in Digitalisierung",
    date="2026-05-21 13:05 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Sehr geehrte Frau Solberg-Achebe,</p>
<p style="margin:0 0 14px">wir freuen uns sehr, Ihnen nach den Gesprächen mit Frau Dr. Sommer die Stelle als <strong>Koordinator*in Digitalisierung</strong> anbieten zu können.</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;margin:0 0 16px;background:#f4f7fa;width:100%">
<tr><td width="160" style="color:#5f6b7a">Beginn</td><td>1. Juli 2026</td></tr>
<tr><td style="color:#5f6b7a">Vergütung</td><td>Entgeltgruppe 11 TV-L, Stufe 2</td></tr>
<tr><td style="color:#5f6b7a">Arbeitszeit</td><td>39,4 Stunden/Woche, mobiles Arbeiten nach Absprache</td></tr>
<tr><td style="color:#5f6b7a">Befristung</td><td>unbefristet</td></tr>
</table>
<p style="margin:0 0 14px">Ihren Arbeitsvertrag können Sie bis zum 4. Juni digital einsehen und unterschreiben:</p>
<p style="margin:0 0 18px"><a href="https://bibliotheksverbund-mitte.jobs.personio.de/offer/e81c3a?token=b2ZmZXI" style="background:#004b87;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Angebot ansehen und unterschreiben</a></p>
<p style="margin:0 0 14px">Bei Fragen zum Vertrag antworten Sie einfach auf diese E-Mail &ndash; Ihre Nachricht geht direkt an Herrn Jürgens aus der Personalabteilung.</p>
<p style="margin:0">Mit freundlichen Grüßen<br>Malte Jürgens<br>Personal, Bibliotheksverbund Mitte</p>""",
        brand="Bibliotheksverbund Mitte", logo="https://bibliotheksverbund-mitte.jobs.personio.de/logo.png",
        logo_alt="Bibliotheksverbund Mitte", colour="#004b87", lang="de",
        footer="Bibliotheksverbund Mitte e. V. · Charlottenstraße 33 · 10117 Berlin · Vereinsregister VR 31245 B"),
    html_cte="quoted-printable",
))

add(dict(
    kind="offer", scen="promesse_embauche_pdf", lang="fr",
    company="Éditions du Pont-Neuf", contact="s.lemaire@editionsdupontneuf.example.fr",
    frm=("Sophie Lemaire", "s.lemaire@editionsdupontneuf.example.fr"),
    subject="Promesse d'embauche",
    date="2026-06-24 15:51 +0200", mailer="outlook", cte="quoted-printable",
    text="""Bonjour Ingrid,

Suite à nos échanges et à votre entretien du 4 juin avec M. Mercier, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste d'archiviste chargée du fonds éditorial, en CDI, statut agent de maîtrise, pour une rémunération annuelle brute de 36 000 € sur 13 mois.

La prise de poste est prévue le lundi 7 septembre 2026. Je vous remercie de me retourner la promesse datée et signée, précédée de la mention « Bon pour accord », d'ici le 3 juillet.

Toute l'équipe se réjouit de vous accueillir rue Dauphine.

Bien cordialement,

Sophie Lemaire
Responsable administrative et RH
Éditions du Pont-Neuf
9 rue Dauphine – 75006 Paris
""",
    attach=[dict(filename="Promesse_embauche_Solberg-Achebe.pdf", lines=[
        "Éditions du Pont-Neuf - Promesse d'embauche",
        "Paris, le 24 juin 2026",
        "Madame Ingrid Solberg-Achebe,",
        "Nous avons le plaisir de vous confirmer votre engagement en qualité d'archiviste chargée du fonds éditorial.",
        "Contrat : CDI, statut agent de maîtrise. Rémunération : 36 000 EUR bruts annuels sur 13 mois.",
        "Date d'entrée : 7 septembre 2026. Période d'essai : 3 mois.",
        "Bon pour accord, date et signature : ____________",
    ])],
))

add(dict(
    kind="offer", scen="geneva_ngo_offre_par_mail", lang="fr",
    company="Fondation pour la Mémoire Humanitaire", contact="laurent.favre@memoire-humanitaire.example.ch",
    frm=("Laurent Favre", "laurent.favre@memoire-humanitaire.example.ch"),
    subject="Proposition d'engagement – Archiviste",
    date="2026-04-17 11:27 +0200", charset="windows-1252", cte="quoted-printable", mailer="outlook",
    text="""Chère Madame Solberg-Achebe,

C’est avec grand plaisir que nous vous proposons le poste d’archiviste au sein de la Fondation pour la Mémoire Humanitaire, suite à votre entretien du 2 avril avec Mme Diallo.

Les conditions sont les suivantes : contrat de durée déterminée de 18 mois, taux d’activité 100 %, salaire annuel brut de CHF 92 000 versé en 13 mensualités, entrée en fonction le 1er juin 2026 ou à convenir.

Nous vous remercions de nous faire part de votre décision d’ici au 27 avril. Dès réception de votre accord, nous vous ferons parvenir le contrat de travail en deux exemplaires.

Dans l’attente de votre réponse, nous vous adressons nos meilleures salutations.

Laurent Favre
Ressources humaines
Fondation pour la Mémoire Humanitaire
Chemin des Crêts 17 – 1209 Genève
""",
))

add(dict(
    kind="offer", scen="universidad_contrato_pdf", lang="es",
    company="Universidad de Chamberí", contact="jortega@uchamberi.example.es",
    frm=("Javier Ortega Sanz", "jortega@uchamberi.example.es"),
    subject="Oferta de contratación – Técnico/a de Gestión Documental",
    date="2026-07-02 13:40 +0200", cte="quoted-printable", mailer="outlook",
    text="""Estimada Sra. Solberg-Achebe:

Me complace comunicarle que la comisión de selección ha propuesto su contratación para la plaza de Técnico/a de Gestión Documental del Servicio de Archivo General.

Le adjunto la propuesta de contrato laboral (grupo II, jornada completa, retribución bruta anual de 31.850 €), con fecha prevista de incorporación el 1 de septiembre de 2026. Para formalizar la contratación deberá presentar en el Servicio de Personal la documentación indicada en el anexo antes del 20 de julio.

Le ruego que me confirme por escrito su aceptación.

Enhorabuena y bienvenida.

Javier Ortega Sanz
Jefe del Servicio de Archivo General
Universidad de Chamberí
""",
    attach=[dict(filename="Propuesta_contrato_Solberg-Achebe.pdf", lines=[
        "Universidad de Chamberí - Servicio de Personal",
        "Propuesta de contrato laboral",
        "Puesto: Técnico/a de Gestión Documental (Grupo II), Servicio de Archivo General",
        "Jornada completa. Retribución bruta anual: 31.850 EUR. Incorporación: 1 de septiembre de 2026.",
        "Documentación: DNI/NIE o pasaporte, título académico, número de afiliación a la Seguridad Social.",
        "Firma de la persona interesada: ____________",
    ])],
))

assert len(MESSAGES) == 31, len(MESSAGES)
