"""Rejections of the ninety-seventh corpus, written one by one (kind: rejection)."""

from __future__ import annotations

from msgs97_common import ats_table

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

# 1. Workday, English, the "more closely matches" soft no, HTML only, unmonitored sender.
add(
    kind="rejection", scenario="workday_soft", company="Nordhaven Bank", contact="", lang="en",
    sender=("Nordhaven Bank", "nordhaven@myworkday.com"),
    subject="Your application for Privacy Counsel (R-20417) at Nordhaven Bank",
    date="2026-03-02 07:41", tz="+0000", structure="html", cte="quoted-printable",
    html=ats_table(
        logo="https://wd3.myworkday.com/nordhaven/assets/logo-nordhaven.png",
        logo_alt="Nordhaven Bank", accent="#00546e",
        pixel="https://wd3.myworkday.com/nordhaven/email/open?e=6f1c0a77b2&amp;t=1",
        body="""<p>Dear In&egrave;s,</p>
<p>Thank you for your interest in the <b>Privacy Counsel</b> position (R-20417) based in Amsterdam, and for the time you invested in your application.</p>
<p>After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.</p>
<p>We know this is not the news you were hoping for. Your profile will remain in our talent community and you are welcome to apply for future vacancies on our <a href="https://wd3.myworkday.com/nordhaven/d/redirect?u=careers&amp;cid=98a1" style="color:#00546e;">careers site</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Nordhaven Bank</p>""",
        footer="""Nordhaven Bank N.V. &middot; Gustav Mahlerplein 90 &middot; 1082 MA Amsterdam<br>
This message was sent from an unmonitored mailbox. To update your candidate profile, visit <a href="https://wd3.myworkday.com/nordhaven/d/redirect?u=profile&amp;cid=98a1" style="color:#888;">My Applications</a>.""",
    ),
)

# 2. Greenhouse, after two interview rounds, recruiter in Reply-To, multipart/alternative.
add(
    kind="rejection", scenario="greenhouse_after_panel", company="Bazaario",
    contact="lotte.kramer@bazaario.example.nl", lang="en",
    sender=("Bazaario via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Lotte Kramer", "lotte.kramer@bazaario.example.nl"),
    subject="Bazaario - Senior Privacy Counsel", date="2026-04-17 16:05",
    structure="alt", cte="quoted-printable",
    text="""Hi Inès,

Thanks again for speaking with Joris, Femke and me over the last couple of weeks – we really enjoyed the conversations, especially your take on the consent-banner rebuild.

I'm sorry to tell you that we've decided not to move ahead with your candidacy. It was a close call; in the end we went with someone who has already run privacy for a marketplace at our scale.

If a bit more feedback would help, just reply to this email and I'll set up 15 minutes.

All the best,
Lotte

Lotte Kramer
Talent Partner, Legal & Policy
Bazaario
""",
    html="""<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f;">
<p>Hi In&egrave;s,</p>
<p>Thanks again for speaking with Joris, Femke and me over the last couple of weeks &ndash; we really enjoyed the conversations, especially your take on the consent-banner rebuild.</p>
<p>I'm sorry to tell you that we've decided not to move ahead with your candidacy. It was a close call; in the end we went with someone who has already run privacy for a marketplace at our scale.</p>
<p>If a bit more feedback would help, just reply to this email and I'll set up 15 minutes.</p>
<p>All the best,<br>Lotte</p>
<p style="color:#6b6b6b;font-size:12px;">Lotte Kramer<br>Talent Partner, Legal &amp; Policy<br>Bazaario</p>
</div>
<img src="https://us.greenhouse-mail.io/o/eJwNyEEKgCAQQNGrdI.gif" width="1" height="1" alt="">
""",
)

# 3. Lever, English: the role is put on hold and will not go ahead. No Reply-To.
add(
    kind="rejection", scenario="lever_role_on_hold", company="Kestrel Advisory", contact="", lang="en",
    sender=("Kestrel Advisory", "no-reply@hire.lever.co"),
    to=[("", "ines.vo@example.be")],
    subject="Update on your application - Data Protection Manager", date="2026-02-20 11:18",
    tz="+0000", structure="plain", cte="quoted-printable",
    text="""Hello Inès,

We are writing to let you know that the Data Protection Manager role you applied for has been put on hold following a change in our client portfolio, and we will not proceed with this recruitment for the foreseeable future. As a result, we are closing all open applications, including yours.

We appreciate the interest you have shown in Kestrel Advisory and we are sorry not to be able to take things further at this stage.

Kind regards,

Kestrel Advisory – People Team
Keizersgracht 312, 1016 EZ Amsterdam

This message was sent by Lever on behalf of Kestrel Advisory. Please do not reply; this mailbox is not monitored.
""",
)

# 4. A role mailbox that invites a reply: the post was filled internally. windows-1252, QP.
add(
    kind="rejection", scenario="filled_internally", company="Telnova",
    contact="recrutement@telnova.example.be", lang="fr",
    sender=("Telnova – Recrutement", "recrutement@telnova.example.be"),
    subject="Votre candidature – Juriste Privacy (réf. TN-2026-031)", date="2026-02-11 09:47",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous vous remercions de l’intérêt que vous portez à Telnova et du temps consacré à votre candidature pour le poste de Juriste Privacy (réf. TN-2026-031).

Nous tenons à vous informer que ce poste a finalement été pourvu en interne, par une collègue de notre département Regulatory Affairs. Nous ne sommes donc plus en mesure de donner suite à votre candidature.

Vos données seront conservées six mois dans notre base de candidats, sauf opposition de votre part. Pour toute question, il vous suffit de répondre à ce message : notre équipe vous lira.

Avec nos salutations distinguées,

L’équipe Talent Acquisition
Telnova
Boulevard du Roi Albert II 27 – 1030 Bruxelles

Telnova SA – TVA BE 0456.789.123 – RPM Bruxelles
""",
)

# 5. One terse line from a partner's phone; the quoted chain asks for an interview.
add(
    kind="rejection", scenario="terse_partner_iphone", company="Delvaux Meunier",
    contact="p.meunier@delvaux-meunier.example.be", lang="fr",
    sender=("Pauline Meunier", "p.meunier@delvaux-meunier.example.be"),
    subject="Re: Candidature – collaboratrice senior IP/IT & data protection",
    date="2026-02-12 07:58", structure="plain", cte="8bit",
    in_reply_to="<CAHv7=k2Lq0x9w1Z@mail.example.be>",
    text="""Bonjour Madame, merci mais nous ne donnerons pas suite. PM

Envoyé de mon iPhone

> Le 9 févr. 2026 à 22:14, Inès Vandermeulen-Osei <ines.vo@example.be> a écrit :
>
> Maître,
>
> Suite à notre échange lors du déjeuner de la Conférence du Jeune Barreau, je me permets de vous adresser ma candidature pour le poste de collaboratrice senior en IP/IT et protection des données annoncé sur le site du cabinet.
>
> Je serais ravie de vous rencontrer pour un entretien, à votre meilleure convenance.
>
> Bien respectueusement,
> Inès Vandermeulen-Osei
""",
)

# 6. A spontaneous application turned down by a hospital; opens with "nous accusons réception".
add(
    kind="rejection", scenario="speculative_hospital", company="Cliniques universitaires Saint-Remacle",
    contact="personnel@cusr.example.be", lang="fr",
    sender=("Service du personnel CUSR", "personnel@cusr.example.be"),
    to=[("", "ines.vo@example.be")],
    subject="Votre candidature spontanée", date="2026-01-27 14:30",
    structure="plain", cte="base64",
    text="""Madame Vandermeulen-Osei,

Nous accusons réception de votre candidature spontanée du 14 janvier, adressée à notre direction générale, et nous vous en remercions.

Après examen, nous sommes au regret de vous informer que nous n'avons actuellement aucun poste vacant correspondant à votre profil de juriste spécialisée en protection des données : la fonction de délégué à la protection des données de l'institution est occupée et aucune création de poste n'est prévue au budget 2026.

Nous ne pouvons dès lors réserver une suite favorable à votre démarche. Si vous le souhaitez, nous conserverons votre dossier pendant un an ; il vous suffit de répondre à ce courriel pour nous donner votre accord, ou pour toute question.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Françoise Lambotte
Service du personnel
Cliniques universitaires Saint-Remacle
Avenue Hippocrate 210 – 1200 Woluwe-Saint-Lambert
Tél. 02 555 41 00
""",
)

# 7. SmartRecruiters in French, HTML, "nous avons retenu d'autres profils".
add(
    kind="rejection", scenario="smartrecruiters_autres_profils", company="Assurances Mosanes",
    contact="", lang="fr",
    sender=("Assurances Mosanes", "noreply@smartrecruiters.com"),
    subject="Suite donnée à votre candidature : Compliance Officer (H/F) – Namur",
    date="2026-03-09 17:22", structure="html", cte="quoted-printable",
    html=ats_table(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f2a/mosanes.png",
        logo_alt="Assurances Mosanes", accent="#b3122e",
        pixel="https://t.smartrecruiters.com/e/o/aHR0cHM6Ly9tb3NhbmVz.gif",
        body="""<p>Chère Madame Vandermeulen-Osei,</p>
<p>Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de <strong>Compliance Officer (H/F)</strong> au sein de notre siège de Namur.</p>
<p>Malheureusement, après une analyse attentive de votre dossier, nous avons décidé de retenir d'autres profils, plus proches des exigences du poste, notamment en matière d'assurance-vie et de lutte contre le blanchiment.</p>
<p>Nous vous souhaitons plein succès dans vos recherches et espérons avoir l'occasion de croiser à nouveau votre chemin.</p>
<p>Le service Talent &amp; Culture<br><strong>Assurances Mosanes</strong></p>""",
        footer="""Assurances Mosanes SA &ndash; entreprise d'assurances agréée sous le code 0987 &ndash; Rue de Fer 12, 5000 Namur.<br>
Cet e-mail vous a été envoyé par SmartRecruiters au nom d'Assurances Mosanes. <a href="https://jobs.smartrecruiters.com/unsubscribe?token=c2b81d" style="color:#888;">Se désinscrire</a> &middot; <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#888;">Politique de confidentialité</a>""",
    ),
)

# 8. Agency about its own mandate, client not named: company is the agency.
add(
    kind="rejection", scenario="agency_client_unnamed", company="Juristes & Talents",
    contact="s.declercq@juristes-talents.example.be", lang="fr",
    sender=("Sophie Declercq", "s.declercq@juristes-talents.example.be"),
    subject="Update", date="2026-04-08 10:12",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Inès,

Je reviens vers vous comme promis concernant le mandat Head of Privacy pour notre client, un groupe bancaire de la place luxembourgeoise.

J'ai eu le retour du client ce matin : il a décidé de poursuivre avec deux autres candidats pour le dernier tour, dont les profils comptent davantage d'expérience en gestion d'équipe. Je suis sincèrement désolée, votre dossier avait été très bien reçu par la DRH.

Je ne manquerai pas de penser à vous pour d'autres missions, nous en ouvrons régulièrement dans le secteur financier. On se rappelle début mai ?

Bien cordialement,

Sophie Declercq
Senior Consultant – Legal & Compliance
Juristes & Talents
Avenue Louise 149 | 1050 Bruxelles
+32 2 555 18 40 | www.juristes-talents.example.be
""",
)

# 9. A head-hunter names the client law firm that said no: company is the client.
add(
    kind="rejection", scenario="headhunter_names_client", company="Moreau & Associés",
    contact="armand@ruelle-conseil.example.fr", lang="fr",
    sender=("Armand Ruelle", "armand@ruelle-conseil.example.fr"),
    subject="Moreau & Associés – retour", date="2026-05-06 08:35",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Chère Inès,

Un mot rapide : le cabinet Moreau & Associés m’a fait savoir hier soir qu’il ne retiendrait pas votre candidature pour le poste de counsel données personnelles. Ils ont arrêté leur choix sur une avocate déjà inscrite au barreau de Paris, ce qui, pour eux, simplifiait les choses côté contentieux.

Je sais que vous aviez bon espoir après le rendez-vous avec Maître Moreau – j’en suis navré. Vous avez fait très bonne impression, il me l’a dit lui-même.

Je vous appelle la semaine prochaine pour faire le point sur les autres pistes.

Bien à vous,
Armand Ruelle
Cabinet Armand Ruelle – chasseur de têtes juridiques
12, rue de Miromesnil – 75008 Paris
06 55 12 34 98
""",
)

# 10. After the final interview; the Gmail chain below is the invitation (must not decide).
add(
    kind="rejection", scenario="after_final_gmail_chain", company="Varenne Conformité",
    contact="helene.varenne@varenne-conformite.example.fr", lang="fr",
    sender=("Hélène Varenne", "helene.varenne@varenne-conformite.example.fr"),
    subject="Re: Entretien final – Consultante senior RGPD", date="2026-03-27 19:02",
    structure="plain", cte="8bit",
    in_reply_to="<CAJ1w5nVx0=ines.final@mail.example.be>",
    references=["<20260320110300.vc.final@varenne-conformite.example.fr>",
                "<CAJ1w5nVx0=ines.final@mail.example.be>"],
    text="""Bonjour Inès,

J'aurais préféré vous appeler, mais je n'ai pas réussi à vous joindre ; je vous écris donc.

Nous avons longuement délibéré avec Marc après votre second entretien de mardi. Votre maîtrise du RGPD et votre expérience contentieuse ne font aucun doute, mais nous avons finalement choisi une candidate qui a déjà conduit des missions d'audit dans le secteur public – c'est l'essentiel de notre carnet de commandes pour 2026.

Je suis désolée de ne pas vous apporter une meilleure nouvelle. Si un poste plus orienté contentieux s'ouvre chez nous, vous serez la première que j'appellerai.

Bien cordialement,

Hélène Varenne
Associée fondatrice
Varenne Conformité
8 rue de Castellane, 75008 Paris
www.varenne-conformite.example.fr

Le lun. 23 mars 2026 à 18:12, Inès Vandermeulen-Osei <ines.vo@example.be> a écrit :

> Chère Madame Varenne,
>
> Merci pour votre invitation ! Je confirme avec plaisir ma présence à l'entretien final mardi 24 mars à 14h dans vos bureaux.
>
> Bien à vous,
> Inès
>
> Le ven. 20 mars 2026 à 11:03, Hélène Varenne <helene.varenne@varenne-conformite.example.fr> a écrit :
>
>> Bonjour Inès,
>>
>> Marc et moi serions ravis de vous recevoir pour un entretien final le mardi 24 mars à 14h00 à notre cabinet. Merci de me confirmer votre disponibilité.
>>
>> Hélène
""",
)

# 11. Personio, German, HTML only, a formal "Absage" with the legal footer.
add(
    kind="rejection", scenario="personio_absage", b_words=True, company="Rheinfeld Versicherung", contact="",
    lang="de",
    sender=("Rheinfeld Versicherung Recruiting", "no-reply@rheinfeld-versicherung.jobs.personio.de"),
    subject="Ihre Bewerbung als Datenschutzjurist (m/w/d)", date="2026-03-18 15:40",
    structure="html", cte="base64",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr><td style="padding:18px 28px;background:#0b3d2e;"><img src="https://rheinfeld-versicherung.jobs.personio.de/logo.png" alt="Rheinfeld Versicherung" height="36"></td></tr>
<tr><td style="padding:24px 28px;line-height:1.5;">
<p>Sehr geehrte Frau Vandermeulen-Osei,</p>
<p>vielen Dank für Ihr Interesse an der Position <b>Datenschutzjurist (m/w/d)</b> an unserem Standort Frankfurt am Main und für die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch besser zu den Anforderungen passt. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.</p>
<p>Gemäß Art. 17 DSGVO löschen wir Ihre Bewerbungsunterlagen sechs Monate nach Abschluss des Verfahrens.</p>
<p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Rheinfeld Versicherung</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f7f7f7;font-size:11px;color:#8a8a8a;">
Rheinfeld Versicherung AG &middot; Mainzer Landstraße 211 &middot; 60326 Frankfurt am Main<br>
Vorstand: Dr. Katrin Oberländer (Vors.), Henning Stahl &middot; Vorsitzender des Aufsichtsrats: Wolfgang Brück<br>
Sitz der Gesellschaft: Frankfurt am Main &middot; Amtsgericht Frankfurt am Main HRB 48213<br>
Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table>
</td></tr></table>
<img src="https://rheinfeld-versicherung.jobs.personio.de/t/open/9c1f0b.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 12. softgarden, German, after an interview, HR business partner in Reply-To.
add(
    kind="rejection", scenario="softgarden_nach_gespraech", company="Kessler & Roth Privatbank",
    contact="m.albrecht@kesslerroth.example.de", lang="de",
    sender=("Kessler & Roth Privatbank über softgarden", "noreply@softgarden.io"),
    reply_to=("Miriam Albrecht", "m.albrecht@kesslerroth.example.de"),
    subject="Ihre Bewerbung: Senior Compliance Manager Datenschutz (Ref. 2026-114)",
    date="2026-04-29 12:06", structure="alt", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

haben Sie nochmals herzlichen Dank für das offene und angenehme Gespräch am 21. April mit Herrn Dr. Falk und mir.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für eine Bewerberin entschieden, die bereits Erfahrung mit der Aufsicht durch die BaFin im Bereich Auslagerungen mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Wenn Sie ein kurzes Feedback zum Gespräch wünschen, antworten Sie gern direkt auf diese E-Mail.

Mit freundlichen Grüßen

Miriam Albrecht
HR Business Partner
Kessler & Roth Privatbank

Kessler & Roth Privatbank AG, Bockenheimer Anlage 9, 60322 Frankfurt am Main
Vorstand: Konstantin Roth, Dr. Elise Kessler-Brandt | Amtsgericht Frankfurt am Main HRB 77102
""",
    html="""<div style="font-family:Verdana,sans-serif;font-size:13px;">
<p>Sehr geehrte Frau Vandermeulen-Osei,</p>
<p>haben Sie nochmals herzlichen Dank für das offene und angenehme Gespräch am 21. April mit Herrn Dr. Falk und mir.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für eine Bewerberin entschieden, die bereits Erfahrung mit der Aufsicht durch die BaFin im Bereich Auslagerungen mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.</p>
<p>Wenn Sie ein kurzes Feedback zum Gespräch wünschen, antworten Sie gern direkt auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen</p>
<p>Miriam Albrecht<br>HR Business Partner<br>Kessler &amp; Roth Privatbank</p>
<p style="font-size:10px;color:#999;">Kessler &amp; Roth Privatbank AG, Bockenheimer Anlage 9, 60322 Frankfurt am Main<br>Vorstand: Konstantin Roth, Dr. Elise Kessler-Brandt | Amtsgericht Frankfurt am Main HRB 77102</p>
<p style="font-size:10px;color:#999;">Versendet mit softgarden &ndash; <a href="https://app.softgarden.io/unsubscribe?c=8812">Benachrichtigungen verwalten</a></p>
</div>
""",
)

# 13. German partner: the post was filled internally; Outlook "Von:/Gesendet:" chain below.
add(
    kind="rejection", scenario="intern_besetzt_outlook", company="Hartmann Lenz",
    contact="j.hartmann@hartmann-lenz.example.de", lang="de",
    sender=("Dr. Johannes Hartmann", "j.hartmann@hartmann-lenz.example.de"),
    subject="AW: Bewerbung Counsel Datenschutz / IT-Recht", date="2026-05-14 18:47",
    structure="plain", cte="quoted-printable",
    in_reply_to="<AM0PR07MB6417E2A1@mail.example.be>",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

entschuldigen Sie bitte die späte Rückmeldung. Die Counsel-Stelle im Bereich Datenschutz ist inzwischen intern besetzt worden – eine Kollegin aus unserem Münchner Büro wechselt zum 1. Juli nach Frankfurt. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen können.

Ich bedauere das, denn Ihr Werdegang in Brüssel hätte gut zu uns gepasst.

Mit besten Grüßen
Johannes Hartmann

Dr. Johannes Hartmann
Partner
Hartmann Lenz Rechtsanwälte
Taunusanlage 8 | 60329 Frankfurt am Main
T +49 69 5550 3310

Hartmann Lenz Rechtsanwälte Partnerschaft mbB | Sitz Frankfurt am Main | AG Frankfurt am Main PR 2291

Von: Inès Vandermeulen-Osei <ines.vo@example.be>
Gesendet: Dienstag, 3. März 2026 09:15
An: Dr. Johannes Hartmann <j.hartmann@hartmann-lenz.example.de>
Betreff: Bewerbung Counsel Datenschutz / IT-Recht

Sehr geehrter Herr Dr. Hartmann,

anbei übersende ich Ihnen meine Bewerbung für die ausgeschriebene Stelle als Counsel Datenschutz / IT-Recht. Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Inès Vandermeulen-Osei
""",
)

# 14. German head-hunter, client not named: company is the search firm.
add(
    kind="rejection", scenario="headhunter_mandant_unbenannt", company="Hunter & Vogt Executive Search",
    contact="c.vogt@huntervogt.example.de", lang="de",
    sender=("Christiane Vogt", "c.vogt@huntervogt.example.de"),
    subject="Kurzes Update", date="2026-06-03 13:20",
    structure="plain", cte="8bit",
    text="""Liebe Frau Vandermeulen-Osei,

kurzes Update zu dem Mandat, über das wir im Mai gesprochen haben (Leitung Datenschutz, Versicherungsgruppe im Rhein-Main-Gebiet): Der Mandant hat sich leider für eine Kandidatin entschieden, die bereits Konzern-DSB ist. Für Sie geht es in diesem Prozess also nicht weiter.

Ich melde mich, sobald ich etwas Passendes auf dem Tisch habe – gerne auch in Luxemburg.

Herzliche Grüße
Christiane Vogt

Hunter & Vogt Executive Search GmbH
Partnerin | Legal & Compliance Practice
Grüneburgweg 16, 60322 Frankfurt
Geschäftsführer: Dr. Rainer Hunter, Christiane Vogt | HRB 90817, Amtsgericht Frankfurt am Main
""",
)

# 15. Spanish agency relays the client's decision and names it: company is the client bank.
add(
    kind="rejection", scenario="agencia_nombra_banco", b_words=True, company="Banco Meridiano",
    contact="pablo.ortega@talentalegal.example.es", lang="es",
    sender=("Pablo Ortega | Talenta Legal", "pablo.ortega@talentalegal.example.es"),
    subject="Proceso DPO Banco Meridiano", date="2026-05-21 17:55",
    msgid="<20260521175500.po@talentalegal.example.es>",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Inés:

Te escribo para contarte cómo ha quedado el proceso de Banco Meridiano. Ayer me llamó la directora de Cumplimiento y me confirmó que han decidido seguir con otra candidata, con más recorrido en supervisión del Banco de España.

Sé que te hacía ilusión, sobre todo por el puesto en Madrid. De verdad, tu perfil gustó mucho; simplemente buscaban a alguien que ya conociera el regulador español.

Seguimos en contacto y te aviso en cuanto tenga algo nuevo.

Un abrazo,

Pablo Ortega
Senior Manager | Legal & Compliance
Talenta Legal Search, S.L.
Paseo de la Castellana 93, 28046 Madrid
+34 915 550 284
""",
)

# 16. A Spanish university, formal "usted", not placed on the list.
add(
    kind="rejection", scenario="universidad_no_seleccionada", company="Universidad Europea del Manzanares",
    contact="", lang="es",
    sender=("Servicio de Selección de PAS", "seleccion.pas@uem-manzanares.example.es"),
    subject="Resolución del proceso de selección 2026/PAS/017 - Delegado/a de Protección de Datos",
    date="2026-06-16 10:00", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Vandermeulen-Osei:

En relación con el proceso de selección de referencia 2026/PAS/017 para la cobertura de una plaza de Delegado/a de Protección de Datos, le comunicamos que, una vez concluida la fase de valoración de méritos, la Comisión de Selección ha resuelto que su candidatura no ha resultado seleccionada para la fase de entrevista.

La relación definitiva de personas seleccionadas puede consultarse en el tablón electrónico de la Universidad. Contra la presente resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes.

Le agradecemos su participación en el proceso.

Atentamente,

Servicio de Selección de Personal de Administración y Servicios
Universidad Europea del Manzanares
Avda. de la Ilustración 14, 28029 Madrid

Este mensaje se ha generado desde una dirección que no admite respuestas.
""",
)

# 17. A Madrid start-up founder, "tú", casual; brand differs from the legal entity.
add(
    kind="rejection", scenario="startup_tuteo", company="Lumbre",
    contact="alvaro@lumbre.example.es", lang="es",
    sender=("Álvaro Ribera", "alvaro@lumbre.example.es"),
    subject="lo de legal", date="2026-07-02 21:33",
    structure="plain", cte="8bit",
    text="""Hola Inés!

Perdona que te conteste tan tarde, han sido semanas de locos con la campaña de verano.

Al final hemos decidido no contratar ahora a alguien de legal in-house: lo vamos a seguir llevando con el despacho externo hasta la ronda de financiación. Así que no vamos a seguir con tu candidatura, y me sabe fatal porque la charla contigo fue de las mejores.

Si cambia algo en otoño te escribo yo directamente, ¿vale?

Un abrazo,
Álvaro

Álvaro Ribera · Cofundador
Lumbre · calzado hecho en Elche
lumbre.example.es

Calzados Ribera Moll, S.L. · CIF B-03999999
""",
)

# 18. EU agency: not placed on the reserve list. Plain text, formal.
add(
    kind="rejection", scenario="eu_agency_reserve_list", company="European Data Resilience Agency",
    contact="", lang="en",
    sender=("EDRA Selection Procedures", "selection-notifications@edra.example.lu"),
    subject="EDRA/TA/AD7/2026/04 - Outcome of the selection procedure",
    date="2026-07-09 16:10", structure="plain", cte="7bit",
    text="""Dear Ms VANDERMEULEN-OSEI,

Reference: EDRA/TA/AD7/2026/04 - Legal Officer (Data Protection)

We would like to thank you for your participation in the above selection procedure, including the written test and the interview held on 18 June 2026.

The Selection Board has now completed its deliberations. We regret to inform you that your overall score did not reach the threshold required for inclusion on the reserve list, and that your name has therefore not been placed on the reserve list resulting from this procedure.

Your marks:
  Written test: 27.5 / 40 (pass mark 20)
  Interview:    31 / 50 (pass mark 30)
  Threshold for the reserve list: 63 / 90

You may request a review of the Selection Board's decision within 10 calendar days of the date of this message, using the form available on the EDRA careers portal.

Yours sincerely,

Human Resources Unit
European Data Resilience Agency
1, rue de l'Alzette, L-2346 Luxembourg

This is an automatically generated message. Replies to this address are not read.
""",
)

# 19. iCIMS, UK insurer with an Amsterdam office; "Registered in England" footer.
add(
    kind="rejection", scenario="icims_uk_insurer", company="Sterling Harbour Insurance",
    contact="", lang="en",
    sender=("Sterling Harbour Careers", "careers-noreply@icims.com"),
    subject="Sterling Harbour Insurance: Your application for Regulatory Counsel, EU Privacy",
    date="2026-04-02 09:03", tz="+0100", structure="html", cte="quoted-printable",
    html="""<html><head><style>td{font-family:Calibri,Arial,sans-serif;font-size:15px;}</style></head><body>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="620" cellspacing="0" cellpadding="0">
<tr><td style="padding:12px 0;border-bottom:2px solid #0d2c54;"><img src="https://careers-sterlingharbour.icims.com/images/sh_logo.png" alt="Sterling Harbour Insurance" width="190"></td></tr>
<tr><td style="padding:22px 4px;color:#222;">
<p>Dear Inès,</p>
<p>Thank you for applying for the Regulatory Counsel, EU Privacy role in our Amsterdam office.</p>
<p>We received a very strong response to this vacancy. Having reviewed your application against the requirements, we regret that we will not be taking your application further on this occasion.</p>
<p>We will retain your details for twelve months in case a suitable role arises, unless you <a href="https://careers-sterlingharbour.icims.com/jobs/candidate?mode=privacy&amp;rid=44871">ask us not to</a>.</p>
<p>With best wishes,<br>The Sterling Harbour Talent Team</p>
</td></tr>
<tr><td style="padding:14px 4px;border-top:1px solid #ddd;font-size:11px;color:#777;">
Sterling Harbour Insurance plc is authorised by the Prudential Regulation Authority. Registered in England No 04512876. Registered office: 40 Leadenhall Street, London EC3A 2BJ.<br>
Sterling Harbour Insurance Europe N.V., Zuidas Tower, Amsterdam, KvK 70013382.<br>
Please do not reply to this email. <a href="https://careers-sterlingharbour.icims.com/jobs/unsubscribe?rid=44871">Unsubscribe from job alerts</a>
</td></tr>
</table></td></tr></table>
<img src="https://click.icims.com/wf/open?upn=8ZbQ1-2Bx" width="1" height="1" alt="" border="0">
</body></html>
""",
)

# 20. Ashby, start-up, after interview, founder in Reply-To, multipart/alternative.
add(
    kind="rejection", scenario="ashby_startup_after_call", company="Quillfeather",
    contact="ruben@quillfeather.example.nl", lang="en",
    sender=("Quillfeather Hiring", "no-reply@ashbyhq.com"),
    reply_to=("Ruben de Wit", "ruben@quillfeather.example.nl"),
    subject="Following up", date="2026-03-31 20:14",
    structure="alt", cte="quoted-printable",
    text="""Hey Inès,

Thanks for making time for the chat with Priya and the written exercise – your DPIA was genuinely one of the sharpest we've seen.

I'll be straight with you: we're not going to move forward. We realised during the process that at our size we need someone who can also cover commercial contracting day to day, and that's not where you want to go (fair enough!).

Happy to be a reference point in the Amsterdam privacy scene if that ever helps. Just hit reply.

Ruben
Co-founder, Quillfeather
""",
    html="""<p style="font-family:Inter,Arial,sans-serif;font-size:14px;">Hey In&egrave;s,</p>
<p style="font-family:Inter,Arial,sans-serif;font-size:14px;">Thanks for making time for the chat with Priya and the written exercise &ndash; your DPIA was genuinely one of the sharpest we've seen.</p>
<p style="font-family:Inter,Arial,sans-serif;font-size:14px;">I'll be straight with you: we're not going to move forward. We realised during the process that at our size we need someone who can also cover commercial contracting day to day, and that's not where you want to go (fair enough!).</p>
<p style="font-family:Inter,Arial,sans-serif;font-size:14px;">Happy to be a reference point in the Amsterdam privacy scene if that ever helps. Just hit reply.</p>
<p style="font-family:Inter,Arial,sans-serif;font-size:14px;">Ruben<br><span style="color:#777;">Co-founder, Quillfeather</span></p>
<p style="font-size:11px;color:#aaa;">Sent with Ashby</p>
""",
)

# 21. A head-hunter's one-line mobile reply; the client is not named.
add(
    kind="rejection", scenario="headhunter_oneliner", company="Alpine Legal Search",
    contact="m.bertholet@alpinelegal.example.ch", lang="en",
    sender=("Marc Bertholet", "m.bertholet@alpinelegal.example.ch"),
    subject="Re: Geneva role", date="2026-05-29 12:48",
    structure="plain", cte="7bit",
    in_reply_to="<B3C1A9F0-77E2-4D2A-9C11-5A0E4F3B7D21@example.be>",
    text="""Ines - client went with an internal candidate, so that one is closed for you. Sorry. Will keep you posted. M

Sent from my iPhone

> On 28 May 2026, at 09:02, Ines Vandermeulen-Osei <ines.vo@example.be> wrote:
>
> Hi Marc, any news from the bank after the second interview? Many thanks, Ines
""",
)

# 22. An NGO with hundreds of applicants; jobs@ mailbox that asks not to be answered.
add(
    kind="rejection", scenario="ngo_many_applicants", company="EuroRights Collective", contact="",
    lang="en",
    sender=("EuroRights Collective", "jobs@eurorights.example.be"),
    subject="Policy & Legal Officer (Data Rights) – your application", date="2026-02-06 18:30",
    structure="plain", cte="quoted-printable",
    text="""Dear Inès Vandermeulen-Osei,

Thank you for applying for the Policy & Legal Officer (Data Rights) position at EuroRights Collective.

We received more than 240 applications for this role, many of them excellent. After a careful shortlisting process, we are sorry to let you know that you have not been selected for the interview stage.

As a small team, we are unfortunately unable to provide individual feedback or to enter into correspondence about our decision.

We hope you will continue to follow our work, and we wish you every success.

The EuroRights Collective team
Rue du Trône 60, 1050 Brussels
EuroRights Collective AISBL – BCE 0712.345.678
""",
)

# 23. Teamtailor, a Dutch university of applied sciences writing English, HTML only.
add(
    kind="rejection", scenario="teamtailor_hogeschool", company="Hogeschool Amstelland", contact="",
    lang="en",
    sender=("Hogeschool Amstelland", "no-reply@teamtailor-mail.com"),
    subject="Re: your application", date="2026-03-24 13:51",
    structure="html", cte="base64",
    html="""<!doctype html><html><body style="margin:0;background:#fff7ef;">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:'Helvetica Neue',Arial,sans-serif;color:#2d2d2d;">
<img src="https://assets.teamtailor-cdn.com/hogeschool-amstelland/logo.svg" alt="Hogeschool Amstelland" style="height:42px;margin-bottom:24px;">
<h2 style="font-weight:600;font-size:20px;">Privacy Officer (0.8 FTE)</h2>
<p>Dear Inès,</p>
<p>Thank you for your application and your interest in working at Hogeschool Amstelland.</p>
<p>Unfortunately we've decided not to move forward with your application. For this role we are looking for someone who speaks Dutch fluently, as the position involves advising our faculty boards and works councils.</p>
<p>We wish you lots of success in your search.</p>
<p>Warm regards,<br>Sanne Bakker<br>Recruitment, Hogeschool Amstelland</p>
<hr style="border:none;border-top:1px solid #ecd9c6;">
<p style="font-size:11px;color:#9a8a7a;">This email was sent via Teamtailor. <a href="https://hogeschool-amstelland.teamtailor.com/connect/unsubscribe?token=ZX81">Unsubscribe</a> | <a href="https://hogeschool-amstelland.teamtailor.com/privacy">Privacy</a></p>
</div>
<img src="https://trk.teamtailor-mail.com/o/p/aGFtc3Rl.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 24. Taleo, a Luxembourg bank in French, "R.C.S. Luxembourg" letterhead, HTML only.
add(
    kind="rejection", scenario="taleo_banque_lux", company="Crédit Ardennais Luxembourg", contact="",
    lang="fr",
    sender=("Crédit Ardennais Luxembourg – Ressources humaines", "noreply@taleo.net"),
    subject="Poste 2600412 – Juriste Protection des données", date="2026-04-14 08:12",
    structure="html", charset="iso-8859-1", header_charset="utf-8", cte="quoted-printable",
    html="""<html><body>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="font-family:Tahoma,Arial;font-size:12px;">
<img src="https://cal.taleo.net/careersection/theme/cal/logo.gif" alt="Crédit Ardennais Luxembourg"><br><br>
Madame In&egrave;s Vandermeulen-Osei,<br><br>
Nous vous remercions de l'int&eacute;r&ecirc;t que vous portez au Cr&eacute;dit Ardennais Luxembourg et de votre candidature au poste de Juriste Protection des donn&eacute;es (r&eacute;f. 2600412).<br><br>
Nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable &agrave; votre candidature. Ce choix ne remet nullement en cause la qualit&eacute; de votre parcours.<br><br>
Nous vous invitons &agrave; consulter r&eacute;guli&egrave;rement nos offres sur notre <a href="https://cal.taleo.net/careersection/2/jobsearch.ftl?lang=fr">site carri&egrave;res</a>.<br><br>
Veuillez agr&eacute;er, Madame, nos salutations distingu&eacute;es.<br><br>
Direction des Ressources humaines<br>
Cr&eacute;dit Ardennais Luxembourg<br><br>
<span style="font-size:10px;color:#777777;">Cr&eacute;dit Ardennais Luxembourg S.A. &ndash; 43, boulevard Royal, L-2955 Luxembourg &ndash; R.C.S. Luxembourg B 12345 &ndash; Ce message est g&eacute;n&eacute;r&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</span>
</td></tr></table>
</body></html>
""",
)

# 25. SuccessFactors, a Geneva telecom writing Swiss French, multipart/alternative.
add(
    kind="rejection", scenario="successfactors_suisse", b_words=True, company="Orbicom Suisse", contact="",
    lang="fr",
    sender=("Orbicom Suisse Talent Acquisition", "orbicom-noreply@successfactors.eu"),
    subject="Votre candidature chez Orbicom Suisse", date="2026-05-12 07:30",
    structure="alt", cte="quoted-printable",
    text="""Chère Madame,

Nous avons bien étudié votre dossier pour le poste de Legal Counsel Data Protection (80-100 %) à Genève et vous remercions de la confiance témoignée.

Nous devons malheureusement vous informer que notre choix s'est porté sur une autre personne. Nous avons reçu septante-deux candidatures pour ce poste et la sélection a été difficile.

Nous vous adressons nos meilleures salutations et nos voeux de succès.

Orbicom Suisse
Talent Acquisition
Route des Acacias 48, 1227 Les Acacias

Orbicom Suisse SA | CHE-105.123.456
""",
    html="""<table width="600" style="font-family:Arial;font-size:13px;"><tr><td>
<img src="https://career5.successfactors.eu/companyLogo?company=orbicomP" alt="Orbicom Suisse" width="140"><br><br>
<p>Chère Madame,</p>
<p>Nous avons bien étudié votre dossier pour le poste de Legal Counsel Data Protection (80-100 %) à Genève et vous remercions de la confiance témoignée.</p>
<p>Nous devons malheureusement vous informer que notre choix s'est porté sur une autre personne. Nous avons reçu septante-deux candidatures pour ce poste et la sélection a été difficile.</p>
<p>Nous vous adressons nos meilleures salutations et nos voeux de succès.</p>
<p><b>Orbicom Suisse</b><br>Talent Acquisition<br>Route des Acacias 48, 1227 Les Acacias</p>
<p style="font-size:10px;color:#999;">Orbicom Suisse SA | CHE-105.123.456 | <a href="https://career5.successfactors.eu/career?company=orbicomP&amp;career_ns=privacy">Déclaration de confidentialité</a></p>
</td></tr></table>
""",
)

# 26. Lille hospital group after the interview, the deputy HR director writes herself.
add(
    kind="rejection", scenario="hopital_lille_apres_entretien", company="Groupe hospitalier Flandre-Lys",
    contact="c.delattre@ghfl.example.fr", lang="fr",
    sender=("DELATTRE Christine", "c.delattre@ghfl.example.fr"),
    subject="Candidature DPO - suite de votre entretien", date="2026-06-19 11:26",
    structure="plain", charset="windows-1252", cte="8bit",
    text="""Madame,

Je fais suite à l’entretien que vous avez eu le 9 juin avec le jury composé du directeur général adjoint, du DSI et de moi-même pour le poste de Délégué(e) à la protection des données du GHFL.

Le jury a apprécié la qualité de votre présentation et votre connaissance du cadre européen. Il a toutefois retenu une candidate disposant d’une expérience antérieure en établissement de santé, notamment sur les questions d’hébergement des données de santé (HDS) et d’entrepôts de données.

Je suis donc au regret de vous annoncer que votre candidature n’a pas été retenue.

Je reste à votre disposition pour un retour plus détaillé par téléphone si vous le souhaitez.

Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.

Christine DELATTRE
Directrice adjointe des ressources humaines
Groupe hospitalier Flandre-Lys
Rue du Grand But – 59160 Lomme
Tél. : 03 20 55 44 10
""",
)

# 27. Geneva NGO known by its acronym: the interview is cancelled because the post will not be
#     opened at all, so the process is over (rejection).
add(
    kind="rejection", scenario="ngo_poste_gele", company="ACIDH",
    contact="a.mbaye@acidh.example.ch", lang="fr",
    sender=("Aminata Mbaye", "a.mbaye@acidh.example.ch"),
    subject="Annulation de notre rendez-vous du 15 septembre", date="2026-09-10 16:44",
    structure="plain", cte="quoted-printable",
    text="""Chère Madame Vandermeulen-Osei,

Je dois malheureusement annuler l'entretien prévu le mardi 15 septembre pour le poste de conseillère juridique protection des données.

Notre conseil de fondation a décidé hier de geler l'ensemble des recrutements non opérationnels jusqu'à la fin de l'exercice, à la suite de la réduction de deux de nos financements institutionnels. Le poste ne sera donc pas ouvert, ni cette année ni, selon toute probabilité, en 2027, et nous clôturons le processus pour toutes les personnes candidates.

Je suis navrée de vous l'annoncer ainsi, après le temps que vous avez consacré au premier échange téléphonique.

Avec mes meilleures salutations,

Aminata Mbaye
Responsable RH
ACIDH
Chemin des Crêts 17 – 1209 Genève
+41 22 555 07 31
""",
)

# 28. A Lille e-commerce start-up, tutoiement, emoji, "on part sur un autre profil".
add(
    kind="rejection", scenario="startup_tutoiement", b_words=True, company="Panier malin",
    contact="chloe@paniermalin.example.fr", lang="fr",
    sender=("Chloé Dufresne", "chloe@paniermalin.example.fr"),
    subject="Petit retour 🙏", date="2026-08-25 18:03",
    structure="plain", cte="base64",
    text="""Hello Inès,

Merci encore pour ta journée d'immersion chez nous la semaine dernière, l'équipe a adoré ton atelier sur les cookies 🍪

Après pas mal de discussions, on part sur un autre profil pour le poste de Legal & Privacy Lead : quelqu'un de plus junior, qu'on pourra faire monter en compétence, parce qu'on n'a finalement pas le budget pour un profil senior comme le tien cette année. Je suis sincèrement déçue.

Si tu veux, on peut se faire un café quand tu passes à Lille, ça me ferait plaisir.

Belle fin de semaine,
Chloé
CEO @ Panier malin
""",
)

# 29. Workable after a case study; the workablemail address is a system one.
add(
    kind="rejection", scenario="workable_etude_de_cas", company="PrivaLink Consulting", contact="",
    lang="fr",
    sender=("PrivaLink Consulting", "privalink-consulting@workablemail.com"),
    subject="Votre étude de cas – Consultant(e) senior Privacy", date="2026-04-24 10:38",
    structure="html", cte="quoted-printable",
    html="""<div style="background:#f5f7fa;padding:24px 0;">
<table align="center" width="580" style="background:#fff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;" cellpadding="24">
<tr><td>
<img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/461220/privalink.png" alt="PrivaLink Consulting" height="32">
<p>Bonjour Inès,</p>
<p>Merci d'avoir pris le temps de réaliser notre étude de cas sur le registre des traitements d'un groupe de distribution. Nous l'avons lue avec attention.</p>
<p>Nous avons toutefois décidé de ne pas poursuivre le processus avec vous pour ce poste : nous recherchons un profil ayant déjà piloté des missions de conseil auprès de plusieurs clients en parallèle.</p>
<p>Nous vous remercions pour votre investissement et vous souhaitons une excellente continuation.</p>
<p>L'équipe PrivaLink Consulting<br>Rue de la Loi 81A, 1040 Bruxelles</p>
<p style="font-size:11px;color:#999;">Powered by Workable &middot; <a href="https://apply.workable.com/privalink-consulting/">Voir les offres</a> &middot; <a href="https://privalink-consulting.workable.com/candidates/unsubscribe?t=77a">Se désabonner</a></p>
</td></tr></table>
<img src="https://email.workablemail.com/o/eJx1jks.gif" width="1" height="1" alt="">
</div>
""",
)

# 30. A Luxembourg law firm's assistant, no accents and a typo or two.
add(
    kind="rejection", scenario="cabinet_lux_sans_accents", company="Bastide Lemaire",
    contact="secretariat.rh@bastide-lemaire.example.lu", lang="fr",
    sender=("Secretariat RH - Bastide Lemaire", "secretariat.rh@bastide-lemaire.example.lu"),
    subject="candidature collaborateur senior", date="2026-03-05 12:15",
    structure="plain", charset="iso-8859-1", cte="7bit",
    text="""Chere Madame,

Nous accusons bonne reception de votre candidature et vous en remercions

Nous avons le regret de vous informer que votre candidature na pas ete retenue pour le poste de collaborateur senior en droit des donnees. Le cabinet a privilegie un profil inscrit a la liste I du barreau de Luxembourg.

Pour toute question n'hesitez pas a nous contacter en repondant a ce mail.

Cordialement

Secretariat RH
BASTIDE LEMAIRE
Avocats a la Cour
2, allee Scheffer L-2520 Luxembourg
""",
)

# 31. BambooHR, a family chocolate maker; brand with "& Fils", legal form dropped.
add(
    kind="rejection", scenario="bamboohr_maison_familiale", company="Verhaegen & Fils", contact="",
    lang="fr",
    sender=("Verhaegen & Fils", "notifications@app.bamboohr.com"),
    subject="Responsable conformité – Verhaegen & Fils", date="2026-06-08 09:09",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Georgia,serif;color:#3b2a1a;background:#fbf7f1;">
<table width="100%"><tr><td align="center">
<table width="560" style="background:#fff;border:1px solid #e8dccb;" cellpadding="28"><tr><td>
<img src="https://verhaegen.bamboohr.com/logos/verhaegen-fils.png" alt="Verhaegen &amp; Fils – Chocolatiers depuis 1921" width="220">
<p>Madame,</p>
<p>Merci de l'attention que vous avez portée à notre maison et au poste de Responsable conformité &amp; protection des données.</p>
<p>Nous sommes une entreprise familiale et nous avons besoin, pour ce rôle, d'une personne également à l'aise avec la sécurité alimentaire et les audits IFS. C'est pourquoi nous ne retenons pas votre candidature, malgré un parcours juridique remarquable.</p>
<p>Nous vous souhaitons le meilleur pour la suite.</p>
<p>Bien à vous,<br>Géraldine Verhaegen<br>Directrice administrative et financière<br>Verhaegen &amp; Fils</p>
<p style="font-size:10px;color:#a08f7a;">Verhaegen &amp; Fils SA &middot; Chaussée de Waterloo 1210, 1180 Uccle &middot; BE 0401.234.567<br>
Ce message a été envoyé via BambooHR. Merci de ne pas y répondre directement.</p>
</td></tr></table>
</td></tr></table>
<img src="https://app.bamboohr.com/t/o.gif?c=verhaegen&amp;m=51af" width="1" height="1" alt="">
</body></html>
""",
)
