"""Acknowledgements of an application (21) and offers (10)."""

# Specs are dict(...) calls: keyword syntax keeps hand-written messages readable.
# ruff: noqa: C408

from __future__ import annotations

from msgs115_common import CAND_BARE, bare_html, card_html, gmail_html, outlook_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# ======================================================================== application_received
# ---- fr

add(dict(
    file="workday_capitole_bien_recue", kind="application_received",
    company="Banque Capitole Entreprises", contact="", lang="fr",
    sender=("Banque Capitole Entreprises Talent Acquisition", "capitoleentreprises@myworkday.com"),
    subject="Nous avons bien reçu votre candidature – Analyste Risques Opérationnels",
    date="2026-01-12T21:04:38+01:00", structure="html", cte="qp",
    headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Workday Notification Service"},
    html=card_html("""<p>Bonjour Aurélien,</p>
<p>Merci d'avoir postulé au poste d'<b>Analyste Risques Opérationnels (H/F)</b> – Toulouse (réf. R-2026-00177).</p>
<p>Votre candidature a bien été transmise à notre équipe Recrutement, qui l'étudiera avec attention. Vous pouvez suivre son avancement à tout moment depuis votre <a href="https://capitoleentreprises.wd3.myworkday.com/fr-FR/Capitole_Careers/userHome" style="color:#b3261e;">espace candidat</a>.</p>
<p>À très bientôt,<br>L'équipe Talent Acquisition<br>Banque Capitole Entreprises</p>""",
        logo_src="https://capitoleentreprises.wd3.myworkday.com/img/bce_logo_email.png",
        logo_alt="Banque Capitole Entreprises", accent="#b3261e",
        footer="""Banque Capitole Entreprises – SA au capital de 48 000 000 € – 5 allée de Brienne, 31000 Toulouse – RCS Toulouse 321 654 987.<br>
Merci de ne pas répondre à ce message automatique.""",
        pixel="https://capitoleentreprises.wd3.myworkday.com/wday/open/p.gif?m=00177a",
        preheader="Confirmation de candidature R-2026-00177"),
))

add(dict(
    file="mas_quatre_semaines_sans_reponse", kind="application_received",
    company="Mutuelle Atlantique Santé", contact="", lang="fr",
    sender=("Mutuelle Atlantique Santé – Recrutement", "ne-pas-repondre@recrutement.mas.example.fr"),
    subject="Accusé de réception de votre candidature",
    date="2026-08-18T12:30:09+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Bonjour,

Nous accusons réception de votre candidature au poste de Gestionnaire conformité - contrôle permanent (CDI, Bordeaux) et vous remercions de l'intérêt que vous portez à la Mutuelle Atlantique Santé.

Votre dossier va être étudié par le service Recrutement et par le manager du poste. Faute de réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous remercions de votre compréhension.

Le service Recrutement
Mutuelle Atlantique Santé
12 rue Esprit des Lois - 33000 Bordeaux

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""",
))

add(dict(
    file="irmo_pas_de_reponse_individuelle", kind="application_received",
    company="Institut Régional de Microfinance Occitanie", contact="", lang="fr",
    sender=("IRMO Candidatures", "candidatures@irmo.example.fr"),
    to=[CAND_BARE],
    subject="Candidature : Chargé·e de maîtrise des risques",
    date="2026-02-03T08:15:00+01:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour,

Merci pour votre candidature au poste de Chargé·e de maîtrise des risques. Elle a bien été enregistrée.

Compte tenu du très grand nombre de candidatures que nous recevons, nous ne pouvons malheureusement pas répondre individuellement à chaque candidat. Seules les personnes présélectionnées seront contactées pour un entretien, d'ici la fin février.

Merci de votre intérêt pour notre mission : permettre à chacun d'accéder au crédit.

L'équipe de l'Institut Régional de Microfinance Occitanie (IRMO)
Association loi 1901 – 17 rue des Lois, 31000 Toulouse
""",
))

add(dict(
    file="emploi_sud_envoyee_a_cmo", kind="application_received",
    company="Crédit Mutualiste d'Occitanie", contact="", lang="fr",
    sender=("Emploi-Sud", "candidatures@emploi-sud.example.fr"),
    subject="Votre candidature a bien été envoyée à Crédit Mutualiste d'Occitanie",
    date="2026-02-28T20:11:52+01:00", structure="html", cte="qp",
    list={"List-Id": "Emploi-Sud candidatures <candidatures.emploi-sud.example.fr>",
          "List-Unsubscribe": "<https://www.emploi-sud.example.fr/compte/notifications?off=cand>, <mailto:unsubscribe@emploi-sud.example.fr?subject=cand>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=card_html("""<p style="font-size:18px;margin:0 0 12px 0;"><b>C'est envoyé ! ✅</b></p>
<p>Bonjour Aurélien,</p>
<p>Votre candidature au poste de <b>Chargé de conformité LCB-FT (H/F)</b> a bien été envoyée à <b>Crédit Mutualiste d'Occitanie</b> le 28/02/2026 à 20h11.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#fff8ec;border:1px solid #f6d8a8;margin:10px 0 16px 0;">
<tr><td style="padding:12px 14px;font-size:13px;">📄 CV_Aurelien_Mbappe-Larsson_2026.pdf<br>✉️ Lettre de motivation (saisie en ligne)</td></tr></table>
<p>Le recruteur vous contactera directement s'il souhaite donner suite. En attendant, découvrez <a href="https://www.emploi-sud.example.fr/r/c?u=offres%3Fq%3Dconformite%26l%3DToulouse&amp;t=c91" style="color:#f29f05;">d'autres offres similaires à Toulouse</a>.</p>""",
        logo_src="https://www.emploi-sud.example.fr/img/mail/logo-emploi-sud.png",
        logo_alt="Emploi-Sud – l'emploi en Occitanie", accent="#f29f05",
        footer="""Emploi-Sud SAS – 10 place Wilson, 31000 Toulouse – RCS Toulouse 812 345 678.<br>
Vous recevez cet e-mail car vous avez postulé via Emploi-Sud. <a href="https://www.emploi-sud.example.fr/compte/notifications?off=cand" style="color:#7b8794;">Se désabonner</a>""",
        pixel="https://www.emploi-sud.example.fr/o/cand-20260228-2011.gif"),
))

add(dict(
    file="finlo_teamtailor_bien_recu", kind="application_received", company="Finlo",
    contact="", lang="fr",
    sender=("Finlo", "notifications@teamtailor-mail.com"),
    subject="Merci Aurélien ! On a bien reçu ta candidature",
    date="2026-03-02T07:40:19+01:00", structure="alt", cte="qp",
    list={"List-Unsubscribe": "<https://app.teamtailor.com/unsubscribe/c/f1n10a2b>"},
    html=card_html("""<p>Hello Aurélien,</p>
<p>Merci pour ta candidature au poste de <b>Product Specialist – KYC &amp; Conformité</b> ! Toute l'équipe est contente de voir que Finlo t'intéresse 💙</p>
<p>Et maintenant ? Maxime ou Camille lisent chaque candidature eux-mêmes (oui, vraiment). Tu auras un retour sous 10 jours, quelle que soit la réponse.</p>
<p>En attendant, tu peux jeter un œil à <a href="https://finlo.teamtailor.com/pages/notre-culture?utm_source=ack" style="color:#2856d6;">notre culture</a>.</p>
<p>À bientôt,<br>L'équipe Finlo</p>""",
        logo_src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/finlo.png",
        logo_alt="Finlo", accent="#2856d6",
        footer="""Finlo SAS · 12 rue de la République, 69001 Lyon<br>
<a href="https://app.teamtailor.com/unsubscribe/c/f1n10a2b" style="color:#7b8794;">Se désinscrire</a> · Propulsé par Teamtailor""",
        pixel="https://app.teamtailor.com/o/f1n10a2b.gif"),
))

add(dict(
    file="cpleman_accuse_reception_suisse", kind="application_received",
    company="Caisse de Prévoyance Léman", contact="melanie.rochat@cpleman.example.ch",
    lang="fr",
    sender=("Mélanie Rochat", "melanie.rochat@cpleman.example.ch"),
    subject="Accusé de réception – Spécialiste Risques opérationnels",
    date="2026-04-10T10:05:44+02:00", structure="plain", cte="qp",
    text="""Monsieur,

Nous accusons bonne réception de votre dossier de candidature pour le poste de Spécialiste Risques opérationnels et Contrôle interne et vous remercions de l'intérêt porté à notre institution.

Votre dossier sera examiné avec soin après la clôture des postulations, le 20 avril. Nous reviendrons vers vous d'ici la fin du mois.

Je reste à votre disposition pour toute question.

Meilleures salutations,

Mélanie Rochat
Assistante RH
Caisse de Prévoyance Léman
Rue du Rhône 42 – 1204 Genève
""",
))

add(dict(
    file="clearstel_ashby_merci_postule", kind="application_received", company="Clearstel",
    contact="", lang="fr",
    sender=("Clearstel Talent", "no-reply@ashbyhq.com"),
    subject="Merci d'avoir postulé chez Clearstel",
    date="2026-04-24T23:52:10+02:00", structure="html", cte="qp",
    html=bare_html("""<p>Bonjour Aurélien,</p>
<p>Merci pour votre candidature au poste de Financial Crime Analyst (Bruxelles). Nous l'avons bien reçue et nous la lirons attentivement dans les prochains jours.</p>
<p>Si votre profil correspond, un membre de l'équipe Talent vous contactera pour planifier un premier échange.</p>
<p>Bonne journée,<br>L'équipe Talent de Clearstel</p>
<p style="font-size:11px;color:#888">Clearstel SA/NV · Rue Royale 97 · 1000 Bruxelles · <a href="https://jobs.ashbyhq.com/clearstel">jobs.ashbyhq.com/clearstel</a> · Ceci est un message automatique.</p>""",
        lang="fr", pixel="https://ashbyhq.com/api/email/open/1a7b9c44.gif"),
))

add(dict(
    file="bim_successfactors_reception", kind="application_received",
    company="Banque Internationale de la Moselle", contact="", lang="fr",
    sender=("Banque Internationale de la Moselle", "noreply@successfactors.eu"),
    subject="Confirmation de réception de votre candidature (Réf. 11872)",
    date="2026-03-09T19:26:33+01:00", structure="html", cte="base64",
    html=card_html("""<p>Cher Monsieur Mbappé-Larsson,</p>
<p>Nous vous confirmons la bonne réception de votre candidature au poste d'<b>Analyste KYC – Private Banking</b> (réf. 11872).</p>
<p>Notre équipe Talent Acquisition examinera votre dossier et reviendra vers vous dans les meilleurs délais.</p>
<p>Vous pouvez consulter le statut de votre candidature dans votre <a href="https://career5.successfactors.eu/career?company=BIMLU&amp;career_ns=job_application" style="color:#8a1538;">profil candidat</a>.</p>
<p>Avec nos salutations distinguées,<br><b>Human Resources – Talent Acquisition</b><br>Banque Internationale de la Moselle S.A.</p>""",
        logo_src="https://performancemanager5.successfactors.eu/doc/custom/BIMLU/logo_bim.png",
        logo_alt="BIM – Banque Internationale de la Moselle", accent="#8a1538",
        footer="Banque Internationale de la Moselle S.A. – R.C.S. Luxembourg B 41.276 – Cet e-mail a été généré automatiquement.",
        pixel="https://performancemanager5.successfactors.eu/sf/mailtrack?id=11872-ack"),
))

add(dict(
    file="orsini_sans_nouvelles_trois_semaines", kind="application_received",
    company="Cabinet Orsini RH", contact="", lang="fr",
    sender=("Cabinet Orsini RH", "candidats@cabinet-orsini.example.fr"),
    subject="Réf. OR-2611 – votre candidature",
    date="2026-03-21T09:00:14+01:00", structure="plain", cte="qp",
    headers={"Auto-Submitted": "auto-replied"},
    text="""Madame, Monsieur,

Nous avons bien reçu votre candidature pour le poste de Responsable conformité adjoint (réf. OR-2611) que nous recrutons pour le compte de notre client, et nous vous en remercions.

Nos consultants étudient chaque dossier. Si votre profil correspond aux attentes de notre client, nous vous contacterons pour un premier entretien téléphonique. Sans nouvelles de notre part sous 3 semaines, vous pourrez considérer que nous ne donnerons pas suite pour cette mission.

Bien cordialement,

Cabinet Orsini RH – Recrutement Banque, Assurance & Finance
15 rue de la Bourse, 75002 Paris
Message automatique – merci de ne pas répondre à cette adresse.
""",
))

add(dict(
    file="fourcade_spontanee_transmise", kind="application_received",
    company="Cabinet Fourcade", contact="c.bordes@fourcade-expertise.example.fr", lang="fr",
    sender=("Corinne Bordes", "c.bordes@fourcade-expertise.example.fr"),
    subject="Re: Candidature spontanée",
    date="2026-07-15T16:23:55+02:00", structure="plain", charset="iso-8859-1", cte="8bit",
    thread=["<4D5E6F70-8192-4A3B-BC4D-5E6F70819203@example.fr>"],
    text="""Bonjour Monsieur,

J'ai bien reçu votre candidature spontanée et je l'ai transmise à M. Fourcade, l'associé en charge de notre pôle conformité et commissariat aux comptes des établissements financiers.

Il est en congés jusqu'au 3 août ; il vous recontactera à son retour s'il voit une possibilité.

Bien cordialement,

Corinne Bordes
Secrétariat
Cabinet Fourcade - Expertise comptable & Commissariat aux comptes
8 rue Croix-Baragnon, 31000 Toulouse
05 61 52 33 00

> Le 14 juil. 2026 à 22:10, Aurélien Mbappé-Larsson a écrit :
> Madame, Monsieur, conseiller bancaire depuis six ans, je souhaite évoluer
> vers la conformité et me permets de vous adresser une candidature
> spontanée. Je serais heureux de vous rencontrer.
""",
))

# ---- en

add(dict(
    file="ledgerly_greenhouse_thanks_for_applying", kind="application_received",
    company="Ledgerly", contact="", lang="en",
    sender=("Ledgerly Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Ledgerly",
    date="2026-03-02T13:48:21+00:00", structure="alt", cte="qp",
    html=bare_html("""<p>Hi Aurélien,</p>
<p>Thanks for applying to Ledgerly! Our team will review your application for <strong>Financial Crime Analyst</strong> and get back to you as soon as possible.</p>
<p>In the meantime, you can learn more about how we work on our <a href="https://ledgerly.example.com/blog?utm_source=greenhouse">blog</a>.</p>
<p>Regards,<br>Ledgerly Recruiting</p>
<p style="color:#999;font-size:12px">Ledgerly Ltd · Registered in England and Wales No. 11839204 · Please do not reply to this email.</p>""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=bGVkZ2VybHktYWNr"),
))

add(dict(
    file="northgate_lever_received", kind="application_received",
    company="Northgate Insurance", contact="", lang="en",
    sender=("Northgate Insurance", "no-reply@hire.lever.co"),
    subject="We've received your application to Northgate Insurance",
    date="2026-04-28T07:12:40+01:00", structure="html", cte="7bit",
    html=bare_html("""<p>Hello Aurelien,</p>
<p>Thank you for your application for the Risk Operations Associate position. We have received it and a member of our Talent team will review it shortly.</p>
<p>You don't need to do anything else at this stage.</p>
<p>The Northgate Insurance Talent Team</p>
<p style="font-size:11px;color:#999">Northgate Insurance Ltd, 5 Gracechurch Street, London EC3V 0AT. Sent via Lever. <a href="https://jobs.lever.co/northgate-insurance">Careers</a></p>""",
        pixel="https://hire.lever.co/email/open/0b1d7c3e-21aa.png"),
))

add(dict(
    file="thameside_unable_to_respond_four_weeks", kind="application_received",
    company="Thameside Bank", contact="", lang="en",
    sender=("Thameside Bank Careers", "thameside@taleo.net"),
    subject="Thank you for your application - Sanctions Screening Analyst",
    date="2026-03-05T22:18:09+00:00", structure="html", cte="qp",
    html=card_html("""<p>Dear Aurélien,</p>
<p>Thank you for applying for the position of <b>Sanctions Screening Analyst</b> (requisition 26-00981). This email confirms that your application has been submitted successfully.</p>
<p>Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within 4 weeks of the closing date, please assume that your application has been unsuccessful on this occasion.</p>
<p>You can review your submission at any time in <a href="https://thameside.taleo.net/careersection/ext/mysubmissions.ftl?lang=en" style="color:#005a70;">My Submissions</a>.</p>
<p>Kind regards,<br>Resourcing Team<br>Thameside Bank plc</p>""",
        logo_src="https://thameside.taleo.net/careersection/theme/1201/logo_thameside.png",
        logo_alt="Thameside Bank", accent="#005a70", lang="en",
        footer="Thameside Bank plc. Registered in England No 01234567. Authorised by the Prudential Regulation Authority. This is an automated message.",
        pixel="https://thameside.taleo.net/careersection/mail/open.gif?r=2600981a"),
))

add(dict(
    file="financejobs_sent_to_calloway", kind="application_received",
    company="Calloway & Finch", contact="", lang="en",
    sender=("FinanceJobs Europe", "applications@financejobseurope.example.com"),
    subject="Your application has been sent to Calloway & Finch LLP",
    date="2026-04-30T18:36:27+01:00", structure="alt", cte="qp",
    list={"List-Id": "<applications.financejobseurope.example.com>",
          "List-Unsubscribe": "<https://www.financejobseurope.example.com/account/email?unsub=applications>",
          "Precedence": "bulk"},
    html=card_html("""<p>Hi Aurélien,</p>
<p>Good luck! Your application for <b>Senior Associate – AML Remediation (London)</b> has been sent to <b>Calloway &amp; Finch LLP</b>.</p>
<p>What happens next? The employer will review your CV and contact you directly if they want to take things further. You can track this application under <a href="https://www.financejobseurope.example.com/r?u=%2Faccount%2Fapplications&amp;s=ack" style="color:#5a31f4;">My applications</a>.</p>
<p style="margin-top:18px;font-weight:bold;">Similar jobs you might like</p>
<ul>
<li><a href="https://www.financejobseurope.example.com/r?u=%2Fjob%2F88120&amp;s=ack-sim" style="color:#5a31f4;">KYC Analyst – Thameside Bank – London</a></li>
<li><a href="https://www.financejobseurope.example.com/r?u=%2Fjob%2F88177&amp;s=ack-sim" style="color:#5a31f4;">Financial Crime Associate – Quayside Partners – London</a></li>
</ul>""",
        logo_src="https://www.financejobseurope.example.com/static/email/fje-logo.png",
        logo_alt="FinanceJobs Europe", accent="#5a31f4", lang="en",
        footer="""FinanceJobs Europe Ltd, 10 Finsbury Square, London EC2A 1AF. Registered in England No 10203040.<br>
<a href="https://www.financejobseurope.example.com/account/email?unsub=applications" style="color:#7b8794;">Unsubscribe</a> from application emails.""",
        pixel="https://www.financejobseurope.example.com/e/o/ack-88011.gif"),
))

add(dict(
    file="southwark_uni_closing_date", kind="application_received",
    company="University of Southwark", contact="", lang="en",
    sender=("University of Southwark Recruitment", "recruitment@southwark-uni.example.co.uk"),
    subject="Application received: Compliance and Risk Officer (REF 26/0419)",
    date="2026-05-29T09:02:00+01:00", structure="plain", cte="7bit",
    text="""Dear Aurelien Mbappe-Larsson,

Thank you for your application for the post of Compliance and Risk Officer (Finance Directorate), reference 26/0419, which we received on 29 May 2026.

The closing date for this vacancy is 12 June 2026. Shortlisting will take place shortly afterwards and shortlisted candidates will be contacted by 26 June. Interviews are expected to take place in the week beginning 6 July.

Thank you for your interest in working at the University of Southwark.

Human Resources - Recruitment Team
University of Southwark
Borough Road, London SE1 0AA

Please note this mailbox is not monitored. For queries, use the contact form on our jobs website.
""",
))

# ---- es

add(dict(
    file="trabajofinanzas_enviada_a_bmi", kind="application_received",
    company="Banco Mediterráneo de Inversión", contact="", lang="es",
    sender=("TrabajoFinanzas", "no-reply@trabajofinanzas.example.es"),
    subject="Tu candidatura se ha enviado a Banco Mediterráneo de Inversión",
    date="2026-03-27T21:44:03+01:00", structure="alt", cte="qp",
    list={"List-Unsubscribe": "<https://www.trabajofinanzas.example.es/cuenta/avisos?baja=candidaturas>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=card_html("""<p>¡Hola, Aurélien!</p>
<p>Tu candidatura para la oferta <b>Técnico/a de Prevención del Blanqueo de Capitales</b> se envió a <b>Banco Mediterráneo de Inversión</b> el 27/03/2026.</p>
<p>La empresa revisará tu perfil y, si encaja, se pondrá en contacto contigo. Puedes seguir el estado en <a href="https://www.trabajofinanzas.example.es/r?d=mis-candidaturas&amp;utm_medium=email" style="color:#0073b1;">Mis candidaturas</a>.</p>
<p>Consejo: las empresas valoran un perfil completo. <a href="https://www.trabajofinanzas.example.es/r?d=perfil&amp;utm_medium=email" style="color:#0073b1;">Completa tu perfil</a> (te falta el apartado de idiomas).</p>""",
        logo_src="https://www.trabajofinanzas.example.es/img/email/logo_tf.png",
        logo_alt="TrabajoFinanzas", accent="#0073b1", lang="es",
        footer="""TrabajoFinanzas, S.L. · C/ de Balmes 150, 08008 Barcelona.<br>
Recibes este correo porque te has inscrito en una oferta. <a href="https://www.trabajofinanzas.example.es/cuenta/avisos?baja=candidaturas" style="color:#7b8794;">Darse de baja</a>""",
        pixel="https://www.trabajofinanzas.example.es/t/o/ack-55120.gif"),
))

add(dict(
    file="nubo_workable_hemos_recibido", kind="application_received", company="Nubo Pagos",
    contact="", lang="es",
    sender=("Nubo Pagos", "noreply@workablemail.com"),
    subject="Hemos recibido tu candidatura – Compliance Specialist",
    date="2026-04-20T11:31:49+02:00", structure="alt", cte="base64",
    html=card_html("""<p>Hola Aurélien,</p>
<p>¡Gracias por aplicar a <b>Compliance Specialist</b> en Nubo Pagos! Hemos recibido tu candidatura correctamente.</p>
<p>Somos un equipo pequeño, así que leemos todos los CV con calma. Te escribiremos en las próximas dos semanas.</p>
<p>Un abrazo,<br>El equipo de Nubo Pagos</p>""",
        logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/nubo_pagos.png",
        logo_alt="Nubo Pagos", accent="#12b886", lang="es",
        footer="Enviado por Nubo Pagos a través de Workable. Por favor, no respondas a este correo.",
        pixel="https://email.workablemail.com/o/eJxNUMtuwyAQ-nubo"),
))

add(dict(
    file="laietana_solo_preseleccionados", kind="application_received",
    company="Pagos Laietana", contact="", lang="es",
    sender=("Pagos Laietana", "noreply@smartrecruiters.com"),
    subject="Pagos Laietana: hemos recibido tu solicitud",
    date="2026-05-14T16:07:26+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hola Aurélien:</p>
<p>Gracias por tu interés en el puesto de <b>Analista AML</b>. Confirmamos que hemos recibido tu solicitud.</p>
<p>Debido al elevado número de candidaturas, solo contactaremos con las personas preseleccionadas. Si en un plazo de tres semanas no tienes noticias nuestras, entiende que en esta ocasión no seguiremos adelante con tu candidatura.</p>
<p>Un saludo,<br>Equipo de Personas · Pagos Laietana</p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/pagoslaietana/huge",
        logo_alt="Pagos Laietana", accent="#c0392b", lang="es",
        footer="Pagos Laietana, S.L. · Via Laietana 33, 08003 Barcelona · Este correo se ha enviado desde una dirección que no admite respuestas.",
        pixel="https://email.smartrecruiters.com/o/pagoslaietana-ack"),
))

# ---- de

add(dict(
    file="nordkap_softgarden_eingang", kind="application_received",
    company="Nordkap Payments", contact="", lang="de",
    sender=("Nordkap Payments GmbH", "noreply@softgarden.io"),
    subject="Eingangsbestätigung: AML Analyst (m/w/d) – Standort Luxemburg",
    date="2026-05-21T20:50:37+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hallo Herr Mbappé-Larsson,</p>
<p>vielen Dank für Ihre Bewerbung als <b>AML Analyst (m/w/d) – Standort Luxemburg</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir sehen uns Ihr Profil in Ruhe an und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://nordkap-payments.softgarden.io/de/applicant/login?utm_source=eingang" style="color:#0a6e6e;">Bewerberkonto</a> einsehen.</p>
<p>Viele Grüße<br>Ihr Recruiting-Team von Nordkap Payments</p>""",
        logo_src="https://nordkap-payments.softgarden.io/assets/company/logo_nordkap.png",
        logo_alt="Nordkap Payments", accent="#0a6e6e", lang="de",
        footer="""Nordkap Payments GmbH · Schlesische Straße 26 · 10997 Berlin · Amtsgericht Charlottenburg HRB 218774 B · Geschäftsführer: Jonas Albrecht, Dr. Mira Oyelaran<br>
Diese E-Mail wurde automatisch versendet.""",
        pixel="https://nordkap-payments.softgarden.io/mail/open/e41b.gif"),
))

add(dict(
    file="moser_eingangsbestaetigung_rollenadresse", kind="application_received",
    company="Treuhand Moser & Partner", contact="bewerbungen@moser-treuhand.example.ch",
    lang="de",
    sender=("Treuhand Moser & Partner – Bewerbungen", "bewerbungen@moser-treuhand.example.ch"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-05-26T08:44:10+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Mbappé-Larsson

Wir bestätigen den Eingang Ihrer Bewerbung als Compliance Officer (80-100 %) für unser Büro in Genf und danken Ihnen für Ihr Interesse.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen. Bei Fragen stehen wir Ihnen gerne zur Verfügung - antworten Sie einfach auf diese E-Mail.

Freundliche Grüsse

Personalabteilung
Treuhand Moser & Partner AG
Boulevard Helvétique 24, 1207 Genf | Löwenstrasse 12, 8001 Zürich
""",
))

add(dict(
    file="bergmann_personio_vier_wochen", kind="application_received",
    company="Bergmann Risk Consulting", contact="", lang="de",
    sender=("Bergmann Risk Consulting GmbH", "jobs-noreply@personio.de"),
    subject="Ihre Bewerbung bei Bergmann Risk Consulting",
    date="2026-08-31T14:19:55+02:00", structure="html", cte="qp",
    html=bare_html("""<p>Sehr geehrter Herr Mbappé-Larsson,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Consultant Financial Crime Compliance (m/w/d)</strong> für unseren Standort Luxemburg. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Aufgrund der hohen Zahl an Bewerbungen bitten wir um etwas Geduld. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Auswahl gekommen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Bergmann Risk Consulting Team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Bergmann Risk Consulting GmbH · Taunusanlage 8 · 60329 Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 109 442 · Geschäftsführer: Dr. Friedrich Bergmann, Selin Aydın<br>
Diese Nachricht wurde über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail. <a href="https://bergmann-risk.jobs.personio.de/privacy-policy">Datenschutz</a></p>""",
        lang="de", pixel="https://bergmann-risk.jobs.personio.de/mail/o/77a0.png"),
))

# ====================================================================================== offer
# ---- fr

add(dict(
    file="cmo_proposition_embauche_pdf", kind="offer", company="Crédit Mutualiste d'Occitanie",
    contact="julien.fabre@cmo.example.fr", lang="fr",
    sender=("FABRE Julien", "julien.fabre@cmo.example.fr"),
    subject="Proposition d'embauche – Chargé de conformité LCB-FT",
    date="2026-04-03T15:12:48+02:00", structure="plain", cte="qp",
    text="""Bonjour Monsieur Mbappé-Larsson,

J'ai le plaisir de vous adresser, en pièce jointe, notre proposition d'embauche pour le poste de Chargé de conformité LCB-FT au sein du pôle Sécurité financière.

Les principaux éléments :
- CDI, statut cadre, prise de poste souhaitée le 1er juin 2026
- rémunération annuelle brute de 44 500 €, versée sur 13 mois, + intéressement et participation
- 2 jours de télétravail par semaine après la période d'essai

Merci de nous retourner la proposition signée avant le 15 avril. Je reste bien entendu disponible pour en parler, y compris par téléphone.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,

Julien Fabre
Chargé de recrutement
Crédit Mutualiste d'Occitanie
05 62 00 18 33
""",
    attachments=[{"name": "Proposition_embauche_Mbappe-Larsson.pdf",
                  "title": "Crédit Mutualiste d'Occitanie – Proposition d'embauche",
                  "lines": ["Toulouse, le 3 avril 2026", "",
                            "Monsieur Aurélien Mbappé-Larsson,", "",
                            "Nous avons le plaisir de vous proposer un contrat à durée indéterminée",
                            "en qualité de Chargé de conformité LCB-FT, statut cadre.",
                            "Date d'entrée : 1er juin 2026. Période d'essai : 4 mois.",
                            "Rémunération annuelle brute : 44 500 EUR sur 13 mois.", "",
                            "Bon pour accord, date et signature :"]}],
))

_vinea_offer = """Bonjour Aurélien,

Suite à notre échange téléphonique de ce midi, je vous confirme par écrit la proposition de Vinea Capital pour le poste de Chargé de conformité et contrôle interne :

– CDI, prise de poste le 1er juillet 2026
– 46 000 € bruts annuels + variable jusqu'à 10 %
– forfait jours, mutuelle prise en charge à 100 %, tickets restaurant

Le contrat de travail vous sera envoyé par notre cabinet social dès votre accord. Pierre-Henri et Laure sont ravis.

Pourriez-vous nous donner votre réponse d'ici le vendredi 29 mai ?

Bien à vous,

Hugo Lestrade
Office Manager & RH
Vinea Capital
41 cours de l'Intendance – 33000 Bordeaux
"""
add(dict(
    file="vinea_offre_orale_confirmee", kind="offer", company="Vinea Capital",
    contact="h.lestrade@vinea-capital.example.fr", lang="fr",
    sender=("Hugo Lestrade", "h.lestrade@vinea-capital.example.fr"),
    subject="Confirmation de notre proposition",
    date="2026-05-26T14:08:31+02:00", structure="alt", cte="qp",
    text=_vinea_offer, html=outlook_html(_vinea_offer),
))

_clear_offer = """Bonjour Aurélien,

Suite à vos entretiens avec Karim et Anne, j'ai le plaisir de vous faire une offre conditionnelle pour le poste de Financial Crime Analyst chez Clearstel, à Bruxelles. Vous trouverez la lettre d'offre en annexe.

Cette offre est soumise à deux conditions :
1. la réussite de notre screening préalable à l'embauche (vérification des références et des diplômes, contrôle des sanctions) ;
2. la fourniture d'un extrait de casier judiciaire de moins de trois mois.

Rémunération brute annuelle : 52 000 € (13,92 mois), chèques-repas, voiture de société non prévue mais abonnement STIB remboursé.

Pourriez-vous me confirmer votre intérêt d'ici mercredi ? Je vous enverrai ensuite le lien vers notre prestataire de screening.

Bien à vous,

Jolien Peeters
Talent Acquisition · Clearstel
+32 2 555 77 10
"""
add(dict(
    file="clearstel_offre_conditionnelle_pdf", kind="offer", company="Clearstel",
    contact="j.peeters@clearstel.example.be", lang="fr",
    sender=("Jolien Peeters", "j.peeters@clearstel.example.be"),
    subject="Offre conditionnelle – Financial Crime Analyst",
    date="2026-06-05T16:40:12+02:00", structure="alt", cte="qp",
    text=_clear_offer, html=gmail_html(_clear_offer),
    attachments=[{"name": "Clearstel_Lettre_offre_Mbappé-Larsson.pdf",
                  "title": "Clearstel SA/NV – Lettre d'offre conditionnelle",
                  "lines": ["Bruxelles, le 5 juin 2026", "",
                            "Monsieur Mbappé-Larsson,", "",
                            "Nous avons le plaisir de vous offrir la fonction de Financial Crime Analyst,",
                            "sous réserve de la réussite du screening préalable et de la remise",
                            "d'un extrait de casier judiciaire.",
                            "Rémunération brute annuelle : 52 000 EUR.", "",
                            "Jolien Peeters, Talent Acquisition"]}],
))

add(dict(
    file="signeo_contrat_finlo_a_signer", kind="offer", company="Finlo", contact="", lang="fr",
    sender=("Signéo", "ne-pas-repondre@signeo.example.fr"),
    subject="Maxime Garnier (Finlo) vous invite à signer : Contrat de travail CDI – Aurélien Mbappé-Larsson",
    date="2026-03-27T10:02:44+01:00", structure="html", cte="qp",
    html=card_html("""<p><b>Maxime Garnier</b> (Finlo) vous a envoyé un document à signer.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e4e7eb;margin:12px 0 18px 0;">
<tr><td style="padding:14px;">📄 <b>Contrat de travail CDI – Aurélien Mbappé-Larsson.pdf</b><br><span style="color:#7b8794;font-size:12px;">7 pages · à signer avant le 3 avril 2026</span></td></tr></table>
<p>Message de Maxime Garnier :<br><i>« Bienvenue dans l'équipe Aurélien !! Comme convenu au téléphone : Product Specialist KYC, démarrage le 4 mai. Signe quand tu veux, et n'hésite pas si tu as des questions sur la clause de non-concurrence. »</i></p>
<p style="text-align:center;margin:22px 0;"><a href="https://app.signeo.example.fr/s/9f8e7d6c5b4a?utm_source=email" style="background:#5b3cc4;color:#ffffff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">Consulter et signer</a></p>""",
        logo_src="https://app.signeo.example.fr/static/mail/signeo-logo.png",
        logo_alt="Signéo – signature électronique", accent="#5b3cc4",
        footer="""Signéo est un service de signature électronique conforme au règlement eIDAS. Ne transférez pas cet e-mail : le lien est personnel.<br>
Signéo SAS – 40 rue du Louvre, 75001 Paris. Ceci est un message automatique, merci de ne pas y répondre.""",
        pixel="https://app.signeo.example.fr/o/9f8e7d6c5b4a.gif"),
))

add(dict(
    file="lemoine_banque_sablon_fait_une_offre", kind="offer", company="Banque Sablon",
    contact="b.lemoine@lemoine-executive.example.be", lang="fr",
    sender=("Bertrand Lemoine", "b.lemoine@lemoine-executive.example.be"),
    subject="La Banque Sablon vous fait une offre !",
    date="2026-05-08T18:22:15+02:00", structure="plain", cte="8bit",
    text="""Bonsoir Aurélien,

Excellente nouvelle : la Banque Sablon vous fait une offre pour le poste d'Analyste KYC / CDD Officer !

Les grandes lignes, telles que Mme Delvaux me les a données tout à l'heure :
- contrat à durée indéterminée, démarrage souhaité au 1er septembre
- 4 150 € bruts par mois x 13,92, chèques-repas, assurance groupe et hospitalisation
- deux jours de télétravail par semaine

La lettre officielle vous parviendra directement de leur service RH en début de semaine. Appelez-moi demain si vous voulez en discuter, notamment sur le salaire : je pense qu'il y a une petite marge.

Félicitations, c'est mérité !

Bertrand Lemoine
Associé – Lemoine Executive Search
+32 475 12 34 56
""",
))

# ---- en

_alz_offer = """Dear Aurélien,

Following your interviews with Ines and me, I am delighted to offer you the position of AML Analyst at Alzette Payments S.A., based in Luxembourg-Kirchberg.

Please find attached your offer letter and employment contract (CDI, 40 hours per week). In summary:
- start date: 1 July 2026 (or earlier by mutual agreement)
- gross annual salary: EUR 58,000, paid in 13 instalments
- meal vouchers, supplementary pension plan and a transport allowance for cross-border commuting

The offer is valid until 22 May. To accept, please sign both documents and return a scanned copy to me; the originals can be signed on your first day.

We are really looking forward to having you on the team.

Best regards,

Sarah Klein
People & Culture Lead
Alzette Payments S.A.
2 rue Albert Borschette, L-1246 Luxembourg
+352 27 86 40 12
"""
add(dict(
    file="alzette_offer_letter_pdf", kind="offer", company="Alzette Payments",
    contact="sarah.klein@alzettepay.example.lu", lang="en",
    sender=("Sarah Klein", "sarah.klein@alzettepay.example.lu"),
    subject="Offer of employment – AML Analyst",
    date="2026-05-12T17:03:29+02:00", structure="alt", cte="qp",
    text=_alz_offer, html=gmail_html(_alz_offer),
    attachments=[{"name": "Alzette_Offer_Letter_AML_Analyst.pdf",
                  "title": "Alzette Payments S.A. – Offer of employment",
                  "lines": ["Luxembourg, 12 May 2026", "", "Dear Mr Mbappé-Larsson,", "",
                            "We are pleased to offer you the position of AML Analyst.",
                            "Start date: 1 July 2026. Gross annual salary: EUR 58,000.",
                            "This offer is valid until 22 May 2026.", "",
                            "Signed for and on behalf of Alzette Payments S.A."]},
                 {"name": "Contrat_de_travail_CDI_Alzette.pdf",
                  "title": "Contrat de travail à durée indéterminée",
                  "lines": ["Entre Alzette Payments S.A. et M. Aurélien Mbappé-Larsson",
                            "Article 1 – Fonction : AML Analyst",
                            "Article 2 – Durée du travail : 40 heures par semaine"]}],
))

add(dict(
    file="lakeside_verbal_offer_confirmed", kind="offer",
    company="Lakeside Commodities Trading", contact="m.keller@lakeside-trading.example.ch",
    lang="en",
    sender=("Keller Monika", "m.keller@lakeside-trading.example.ch"),
    subject="Our offer – KYC Analyst, Trade Finance",
    date="2026-09-25T17:31:50+02:00", structure="plain", cte="qp",
    text="""Dear Aurélien,

As discussed on the phone this afternoon with Mr Duarte, I am pleased to confirm our offer for the position of KYC Analyst, Trade Finance:

- permanent contract, 100 %, start date 1 November 2026 (or 1 December if your notice period requires it)
- annual gross salary of CHF 110,000, paid in 13 instalments
- discretionary bonus, 25 days of holiday, contribution to a Geneva public transport pass

The written contract will follow within a few days, once we have received a copy of your work permit application (permit G, as you will live in France).

Please let me know your decision by 2 October.

Best regards,

Monika Keller
HR Manager
Lakeside Commodities Trading SA
""",
))

# ---- es

add(dict(
    file="gracia_vidal_carta_oferta_pdf", kind="offer", company="Gràcia & Vidal Auditores",
    contact="laia.vidal@graciavidal.example.es", lang="es",
    sender=("Laia Vidal", "laia.vidal@graciavidal.example.es"),
    subject="Carta oferta – Consultor de Cumplimiento",
    date="2026-06-26T13:15:05+02:00", structure="plain", cte="8bit",
    text="""Hola Aurélien,

¡Enhorabuena! Tras las entrevistas con Pau y conmigo, nos encantaría que te unieras a Gràcia & Vidal como Consultor de Cumplimiento.

Te adjuntamos la carta oferta con las condiciones: contrato indefinido, 34.000 € brutos anuales en 14 pagas, jornada intensiva en agosto y dos días de teletrabajo a la semana. La incorporación sería el 1 de septiembre.

Si estás de acuerdo, devuélvenos la carta firmada antes del 6 de julio. Cualquier duda, llámame.

Un abrazo,

Laia Vidal
Socia | Gràcia & Vidal Auditores
Carrer de Còrsega 301, 08008 Barcelona
""",
    attachments=[{"name": "Carta_oferta_Mbappe-Larsson.pdf",
                  "title": "Gràcia & Vidal Auditores, S.L.P. – Carta oferta",
                  "lines": ["Barcelona, 26 de junio de 2026", "",
                            "Estimado Sr. Mbappé-Larsson:", "",
                            "Nos complace ofrecerle el puesto de Consultor de Cumplimiento.",
                            "Contrato indefinido. Salario bruto anual: 34.000 EUR en 14 pagas.",
                            "Fecha de incorporación: 1 de septiembre de 2026.", "",
                            "Firma del candidato:"]}],
))

add(dict(
    file="caixa_rural_oferta_condicionada", kind="offer", company="Caixa Rural del Vallès",
    contact="montse.ferrer@caixaruralvalles.example.es", lang="es",
    sender=("Montse Ferrer", "montse.ferrer@caixaruralvalles.example.es"),
    subject="RE: Segunda entrevista - oferta de incorporación",
    date="2026-10-06T12:48:20+02:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Estimado Aurélien:

En nombre de Caixa Rural del Vallès, S.C.C., me complace comunicarle nuestra oferta para incorporarse como Técnico de Cumplimiento Normativo en nuestros servicios centrales de Sabadell.

Condiciones principales: contrato indefinido, 36.500 € brutos anuales en 15 pagas, beneficios sociales del convenio de cajas rurales e incorporación prevista el 2 de noviembre.

La oferta queda condicionada a la verificación satisfactoria de sus referencias profesionales y a la presentación del certificado de antecedentes penales, requisito de honorabilidad exigido por el Banco de España.

Le ruego que nos confirme su aceptación antes del 13 de octubre.

Atentamente,

Montse Ferrer
Directora de Recursos Humanos
Caixa Rural del Vallès, S.C.C.
Rambla 120, 08202 Sabadell

De: Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Enviado: jueves, 1 de octubre de 2026 18:20
Para: Montse Ferrer <montse.ferrer@caixaruralvalles.example.es>
Asunto: RE: Segunda entrevista

Estimada Sra. Ferrer:
Gracias de nuevo por la entrevista de hoy con el Sr. Puigdomènech. Quedo a la espera de sus noticias.
Un saludo,
Aurélien

De: Montse Ferrer
Enviado: lunes, 28 de septiembre de 2026 9:05
Para: aurelien.ml@example.fr
Asunto: Segunda entrevista

Estimado Aurélien:
Le convocamos a una segunda entrevista el jueves 1 de octubre a las 12:00 en nuestros servicios centrales de Sabadell.
""",
    thread=["<AM9P193MB1187C2D3E4F5A6B7@AM9P193MB1187.EURP193.PROD.OUTLOOK.COM>",
            "<6C7D8E9F-0A1B-4C2D-9E3F-4A5B6C7D8E9F@example.fr>"],
))

# ---- de

add(dict(
    file="moser_vertragsangebot_pdf", kind="offer", company="Treuhand Moser & Partner",
    contact="n.frei@moser-treuhand.example.ch", lang="de",
    sender=("Nadja Frei", "n.frei@moser-treuhand.example.ch"),
    subject="AW: Nachfrage Compliance Officer – Vertragsangebot",
    date="2026-06-29T10:36:12+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Mbappé-Larsson

Wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Moser die Stelle als Compliance Officer (100 %) in unserem Genfer Büro anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Punkte: Eintritt per 1. September 2026, Jahreslohn CHF 98'000 brutto (13 Monatslöhne), 25 Ferientage.

Wir bitten Sie, uns ein unterzeichnetes Exemplar bis zum 10. Juli zurückzusenden. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Freundliche Grüsse

Nadja Frei
HR-Fachfrau
Treuhand Moser & Partner AG
Boulevard Helvétique 24, 1207 Genf

Von: Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Gesendet: Freitag, 26. Juni 2026 18:02
An: Frei Nadja <n.frei@moser-treuhand.example.ch>
Betreff: Nachfrage Compliance Officer

Sehr geehrte Frau Frei

Ich erlaube mir, mich nach dem Stand meiner Bewerbung zu erkundigen. Eine andere Bank hat mir inzwischen eine Absage erteilt, Ihre Stelle bleibt für mich die erste Wahl.

Freundliche Grüsse
Aurélien Mbappé-Larsson
""",
    thread=["<0E1F2A3B-4C5D-4E6F-8A7B-9C0D1E2F3A4B@example.fr>"],
    attachments=[{"name": "Arbeitsvertrag_Mbappé-Larsson.pdf",
                  "title": "Treuhand Moser & Partner AG – Arbeitsvertrag",
                  "lines": ["Zwischen Treuhand Moser & Partner AG, Genf,",
                            "und Herrn Aurélien Mbappé-Larsson", "",
                            "1. Funktion: Compliance Officer, Pensum 100 %",
                            "2. Eintritt: 1. September 2026",
                            "3. Lohn: CHF 98'000 brutto pro Jahr, 13 Monatslöhne", "",
                            "Ort, Datum, Unterschrift"]}],
))
