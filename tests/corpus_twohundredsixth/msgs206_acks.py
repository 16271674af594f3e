"""Corpus 206: 21 application acknowledgements (12 en, 3 de, 3 fr, 3 es) and 10 offers
(6 en, 1 de, 2 fr, 1 es)."""

from __future__ import annotations

from msgs206_common import ME, ats_card, outlook_html, reply, simple_html
from msgs206_invites import HEIKE, INES, LUCIA, MAREIKE, NATHALIE, NIAMH, RUAIRI, SINEAD


def A(**spec: object) -> dict:
    spec["kind"] = "application_received"
    return spec


def O(**spec: object) -> dict:  # noqa: E743
    spec["kind"] = "offer"
    return spec


EMER = ("Emer Walsh", "emer.walsh@ballycottonbrewing.example.ie")

# ---------------------------------------------------------------- acknowledgements, English

_a1 = """\
Hi Tadhg,

Thank you for applying for Junior Data Analyst (Claims Insights), R-2026-0113, at
Lannfield Insurance.

We have received your application and our recruitment team will review it against the
requirements of the role. You can follow its status at any time in your Candidate Home
account: https://lannfield.wd3.myworkday.com/lannfield_careers/userHome

Thank you for your interest in Lannfield.

Lannfield Insurance Talent Acquisition
"""

_a2 = """\
Hi Tadhg,

Thanks for applying to Corrib Pay! Your application for Junior Data Analyst has been
received and is with our team now.

We review every application by hand, so it can take up to two weeks to hear back. In
the meantime, you might like to read about how we work:
https://www.corribpay.example.ie/blog/life-in-data

Best,
The Corrib Pay Team
"""

_a3 = """\
Dear Applicant,

Campaign Ref. SFUH-0412 - Data Analyst, Grade V

This is to acknowledge receipt of your application for the above campaign.

Due to the high volume of applications received, unfortunately we cannot reply to every
applicant individually. Shortlisting will take place after the closing date, and
candidates selected for interview will be contacted directly by the HR Department.

Please do not reply to this e-mail; this mailbox is not monitored.

HR Department
St Finbarr's University Hospital
"""

_a4 = """\
Hi Tadhg,

Welcome to Harbourline Recruitment - your registration is complete and your CV is now
on our system.

Your consultant is Sinéad Cotter, who specialises in finance and data roles across
Munster. She'll be in touch within two working days to talk about the kind of role you
want. If you need to reach her sooner, simply reply to this e-mail.

What happens next:
- We'll never send your CV to an employer without asking you first.
- You can update your details at any time at https://harbourline.example.ie/candidates

Harbourline Recruitment
South Mall, Cork
"""

_a5 = """\
Hi Tadhg,

Thanks for applying for the Junior Data Analyst (Risk) role at Kestrel Ledger. We've
received your application and it's now being reviewed by our hiring team.

We aim to respond to everyone within ten working days.

Kestrel Ledger Talent Team
"""

_a6 = """\
Hi Tadhg,

Thank you for your application for Pricing Analyst at Spreewerk Commerce!

We have received your CV and cover letter, and our team is now reviewing them. We try
to give everyone an answer within two weeks.

In the meantime, you can see your application in our career portal.

Best wishes,
Spreewerk Commerce Talent Team
"""

_a7 = """\
Hi Tadhg,

Thanks for applying for Retail Insights Analyst (Junior) at Brightwater Retail. We've
received your application.

Unfortunately we're not able to reply to every applicant individually. If your
experience matches what we're looking for, someone from our team will be in touch
within two weeks.

Brightwater Retail
"""

_a8 = """\
Dear Tadhg,

Thank you for submitting your application to the Glasmore Life Analyst Graduate
Programme 2026.

Your application reference is GLG-26-04419. Our Early Careers team will review all
applications after the closing date of 27 February, and we will be in touch about next
steps in early March.

You can check your application at any time through the Glasmore Life careers portal.

Regards,
Glasmore Life Early Careers
"""

_a9_old = """\
Dear Emer,

I saw on LinkedIn that Ballycotton Brewing is hiring a data analyst to support the
finance team. I've attached my CV. I've spent five years in specialty coffee, the last
two running stock and sales reporting for our three cafés, and I've recently completed
a Google data analytics certificate.

I'd welcome the chance to interview for the role.

Best regards,
Tadhg Oyelaran-Weiss
"""

_a9_new = """\
Hi Tadhg,

Thanks for your e-mail - we've received your CV and I've passed it on to Colm, our Head
of Finance, who's doing the hiring for the data role. He's hoping to get through
applications by the middle of July.

I'll be in touch either way.

Emer

Emer Walsh
People & Operations, Ballycotton Brewing Co.
Main Street, Ballycotton, Co. Cork
"""

_a10 = """\
Hi Tadhg,

Thanks for signing up with Claddagh Talent. Your profile has been created and your CV
has been received.

One of our consultants will review your profile and be in touch if we have a suitable
role. You can log in at any time to update your preferences or upload a new CV.

Claddagh Talent
Unit 4, Eyre Square Business Centre, Galway
"""

_a11 = """\
Hi Tadhg,

Thank you for applying for the Junior Data Analyst (Member Insights) position at Mizen
Health Insurance. This e-mail confirms that we have received your application.

We will review your application and contact you if your qualifications match our
needs.

Thank you,
Mizen Health Insurance
"""

_a12 = """\
Dear Tadhg Oyelaran-Weiss,

Thank you for your interest in Caledon University.

Your application for the position of Data Analyst, Planning & Insight (Requisition
CU-2026-588) has been submitted successfully. Applications will be reviewed after the
closing date of 24 August 2026.

You can view the status of your application by logging in to the careers site.

Caledon University Human Resources
"""

# ---------------------------------------------------------------- German, French, Spanish

_a13 = """\
Sehr geehrter Herr Oyelaran-Weiss,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) bei der Nordlicht
Versicherung AG.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung
sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordlicht Versicherung
"""

_a14 = """\
Sehr geehrter Herr Oyelaran-Weiss,

wir haben Ihre Bewerbung als Junior Datenanalyst (m/w/d) erhalten und danken Ihnen für
Ihr Interesse an Kranich Markt.

Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, jede
Zwischenanfrage individuell zu beantworten. Sobald wir Ihre Unterlagen geprüft haben,
erhalten Sie eine Nachricht von uns.

Freundliche Grüße
Ihr Recruiting-Team der Kranich Markt GmbH
"""

_a15 = """\
Hallo Tadhg,

danke für deine Registrierung bei Talentbrücke! Dein Profil ist angelegt und dein
Lebenslauf ist bei mir angekommen.

Ich schaue mir in den nächsten Tagen an, welche unserer Mandanten in Berlin zu dir
passen könnten, vor allem Stellen, in denen Englisch die Arbeitssprache ist. Ich melde
mich dann telefonisch.

Viele Grüße
Lukas Brandt
Senior Consultant | Talentbrücke Personalberatung GmbH
"""

_a16 = """\
Bonjour Tadhg,

Nous vous remercions pour votre candidature au poste d'Analyste Data junior –
Conformité chez Banque Solenne.

Votre dossier a bien été reçu et sera étudié avec attention par nos équipes. Nous
reviendrons vers vous dans les meilleurs délais.

Cordialement,
L'équipe Recrutement de Banque Solenne
"""

_a17 = """\
Bonjour,

Nous accusons réception de votre candidature au poste d'Analyste de données junior
(H/F) et vous remercions de l'intérêt que vous portez à Maison Orvel.

Votre candidature va être examinée par notre équipe Talents. Vous pouvez suivre son
avancement depuis votre espace candidat.

L'équipe Talents de Maison Orvel
"""

_a18 = """\
Bonjour Tadhg,

J'ai bien reçu votre CV, merci. Votre parcours de barista vers la data est original et
je pense qu'il peut plaire à certains de mes clients, notamment dans la distribution.

Je l'enregistre dans notre base et je reviens vers vous dès qu'une mission correspond.

Bien à vous,
Julien Marchetti
Consultant senior, Cabinet Véran
48, boulevard Haussmann, 75008 Paris
"""

_a19 = """\
Hola Tadhg:

Gracias por presentar tu candidatura al puesto de Analista de Datos Junior en Seguros
Alcántara (ref. REQ-5521).

Hemos recibido correctamente tu solicitud. Nuestro equipo de Selección la revisará y
se pondrá en contacto contigo si tu perfil encaja con lo que buscamos.

Un saludo,
Seguros Alcántara – Selección
"""

_a20 = """\
Hola Tadhg,

¡Gracias por tu interés en Finanzas Tajo! Hemos recibido tu candidatura para el puesto
de Analista de Datos Junior.

Lamentablemente, debido al gran volumen de solicitudes, no podemos responder de forma
individual a cada persona. Si tu perfil avanza en el proceso, nuestro equipo se pondrá
en contacto contigo en un plazo de tres semanas.

Equipo de Talento de Finanzas Tajo
"""

_a21 = """\
Hola Tadhg:

Hemos recibido tu CV, muchas gracias. Ya estás dado de alta en nuestra base de
candidatos de Reclutalia para posiciones de análisis de datos en Madrid.

Cuando tengamos un proceso que encaje con tu perfil te llamaré para contártelo.

Un saludo,
Álvaro Sanz
Consultor de Selección · Reclutalia
C/ de Alcalá 93, 28009 Madrid
"""

# ---------------------------------------------------------------- offers

_o1 = """\
Hi Tadhg,

Following our call this afternoon, I'm delighted to confirm that we'd like to offer you
the position of Junior Data Analyst at Corrib Pay!

To recap what we discussed:
- Base salary €38,000, reviewed after six months
- Hybrid: three days a week in the Dock Road office
- Start date: Monday 20 April, or whenever suits after your notice at the café
- 25 days' annual leave, health insurance and a €1,000 learning budget

Our People team will send the formal offer letter and contract through DocuSign early
next week. In the meantime, if you have any questions at all, ring me or reply here.

The whole panel was really impressed - we can't wait to have you on the team.

Niamh
"""

_o2 = """\
Hi Tadhg,

Thank you again for a great trial day on Tuesday. Anton and Bea were really impressed
with how quickly you got to grips with our pricing data, and we'd love you to join us.

I'm very pleased to offer you the position of Pricing Analyst at Spreewerk Commerce.
Your offer letter is attached, with the salary (EUR 48,000 gross per year), start date
(1 October) and the main terms. The contract itself will follow once you accept.

Could you let me know your decision by Friday 4 September? Happy to jump on a call if
you'd like to talk anything through.

Best,
Mareike
"""

_o3 = """\
Tadhg!!

I've just had Aidan from Dunmore Foods on the phone and the client wants to make you an
offer for the Commercial Data Analyst role. They loved you on Monday.

Headline terms: €36,500 basic plus the company bonus scheme, 23 days' holidays, and
they'd like you to start on 1 June in Raheen. They'll put it in writing as soon as you
say you're happy in principle.

Give me a call when you're on your break and we'll go through it.

Sinéad
"""

_o4 = """\
Hi Tadhg,

Colm has signed off on everything, so your contract for the Finance Data Analyst role
is ready for signature. You'll get a separate e-mail from our e-signing service in the
next few minutes with the document to sign.

As agreed: €34,000 a year, starting Monday 17 August, based in Ballycotton with one day
a week from home.

Once it's signed, I'll send you the onboarding pack. Welcome aboard!

Emer
"""

_o5 = """\
Dear Tadhg,

Competition: Data Analyst (Executive Officer grade), Ref. HDA-26-019

I am pleased to inform you that, following your interview on 15 July, you have been
placed first on the panel for the above competition, and the Agency now wishes to make
you an offer of appointment.

The offer is subject to satisfactory references, Garda vetting and a pre-employment
health assessment. The appointment will be at the first point of the Executive Officer
salary scale. Details are set out in the attached letter.

Please confirm in writing within ten working days whether you wish to accept this
offer.

Regards,

Ruairí Tierney
Recruitment Unit, Health Data Agency
Block C, Abbey Court, Dublin 1 D01 X2Y3
"""

_o6 = """\
Dear Tadhg,

Data Analyst, Planning & Insight (CU-2026-588)

Thank you for attending interview on Monday. I am delighted to let you know that the
panel would like to offer you the post, on a fixed-term contract of 18 months.

The post is on Grade 5 of the University's salary scale, starting at £29,900 per annum,
and the proposed start date is Monday 2 November 2026. Your formal offer letter is
attached. Please read it carefully and let me know by 5 October whether you accept.

With kind regards,

Morag Sinclair
HR Adviser, Caledon University
Old College Wynd, Edinburgh EH1 1LZ
"""

_o7 = """\
Sehr geehrter Herr Oyelaran-Weiss,

wir freuen uns, Ihnen nach dem Auswahlgespräch am 25. August mitteilen zu können, dass
die Auswahlkommission Sie für die Stelle „Datenanalyst/in Netzbetrieb“ ausgewählt hat.

Wir bieten Ihnen die Einstellung zum 1. November 2026 in Entgeltgruppe 9 TVöD-V an.
Den Arbeitsvertrag in zweifacher Ausfertigung finden Sie im Anhang. Bitte senden Sie
uns ein unterschriebenes Exemplar bis zum 28. September 2026 zurück.

Mit freundlichen Grüßen
Im Auftrag

Heike Albrecht
Personalwirtschaft
Stadtwerke Spreetal AöR
"""

_o8 = """\
Bonjour Tadhg,

C'est avec grand plaisir que je vous confirme que Banque Solenne souhaite vous
accueillir au poste d'Analyste Data junior – Conformité, en CDI.

Vous trouverez en pièce jointe votre promesse d'embauche précisant la rémunération
(41 000 € bruts annuels), la date d'entrée envisagée (1er septembre 2026) et la période
d'essai. Merci de nous la retourner signée avant le 10 juillet.

Toute l'équipe se réjouit de travailler avec vous.

Bien cordialement,

Inès Lefort
Chargée de recrutement – Banque Solenne

Banque Solenne SA – capital de 85 000 000 € – RCS Paris 552 000 206.
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires. Toute utilisation non conforme à sa destination est
interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir
l'expéditeur.
"""

_o9 = """\
Monsieur,

À l'issue de votre audition du lundi 28 septembre, le jury vous a classé en première
position pour le poste d'ingénieur d'études en analyse de données.

Nous avons le plaisir de vous proposer un contrat à durée déterminée d'un an, à compter
du 2 novembre 2026, sur la base de l'indice correspondant au premier échelon d'ingénieur
d'études.

Merci de nous faire connaître votre décision avant le 12 octobre. Le service du
personnel vous adressera ensuite le contrat à signer.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Girard
Direction des ressources humaines
Université de Bercy
"""

_o10 = """\
Estimado Tadhg:

Tras la entrevista del pasado 8 de septiembre, nos complace ofrecerle el puesto de
Analista de Datos en la Unidad de Calidad Asistencial del Hospital del Ensanche.

Las condiciones principales son: contrato de un año prorrogable, jornada completa,
salario bruto anual de 31.200 € e incorporación el 1 de octubre. Adjuntamos la carta de
oferta con el detalle.

Le agradeceríamos que nos comunicase su aceptación antes del 25 de septiembre.

Atentamente,
Lucía Paredes
Unidad de Selección de Personal
Hospital del Ensanche
"""

MSGS = [
    A(slug="lannfield_workday_ack", lang="en", company="Lannfield Insurance", contact="",
      frm=("Lannfield Insurance", "lannfield@myworkday.com"),
      subject="Thank you for applying: Junior Data Analyst (Claims Insights)",
      date="2026-01-12 19:02:44 +0000", text=_a1,
      html=ats_card("Lannfield Insurance", _a1, "#1f4e79"),
      headers=[("Auto-Submitted", "auto-generated")]),
    A(slug="corribpay_greenhouse_ack", lang="en", company="Corrib Pay", contact="",
      frm=("Corrib Pay", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Corrib Pay!", date="2026-02-09 21:14:03 +0000",
      text=_a2, cte="base64"),
    A(slug="sfuh_ack_no_individual_reply", lang="en",
      company="St Finbarr's University Hospital", contact="",
      frm=("St Finbarr's University Hospital Recruitment", "no-reply@sfuh.example.ie"),
      subject="Acknowledgement - Campaign SFUH-0412", date="2026-03-02 08:31:00 +0000",
      text=_a3, headers=[("Auto-Submitted", "auto-replied"),
                         ("X-Auto-Response-Suppress", "All")]),
    A(slug="harbourline_registration", lang="en", company="Harbourline Recruitment",
      contact="sinead.cotter@harbourline.example.ie",
      frm=("Harbourline Recruitment", "noreply@harbourline.example.ie"),
      reply_to=SINEAD, reply_enc=("utf-8", "B"),
      subject="Welcome to Harbourline - registration confirmed",
      date="2026-04-06 10:15:00 +0100", text=_a4,
      html=ats_card("Harbourline Recruitment", _a4, "#0f4c5c")),
    A(slug="kestrel_ashby_ack", lang="en", company="Kestrel Ledger", contact="",
      frm=("Kestrel Ledger", "no-reply@ashbyhq.com"),
      subject="Thanks for applying to Kestrel Ledger", date="2026-03-16 12:00:19 +0000",
      html=ats_card("Kestrel Ledger", _a5, "#3b2f63")),
    A(slug="spreewerk_teamtailor_ack", lang="en", company="Spreewerk Commerce", contact="",
      frm=("Spreewerk Commerce", "noreply@teamtailor-mail.com"),
      subject="We've received your application – Pricing Analyst",
      date="2026-08-03 08:12:00 +0200", text=_a6,
      html=ats_card("Spreewerk Commerce", _a6, "#0f172a"), cte="quoted-printable"),
    A(slug="brightwater_lever_ack", lang="en", company="Brightwater Retail", contact="",
      frm=("Brightwater Retail", "no-reply@hire.lever.co"),
      subject="Thanks for your application to Brightwater Retail",
      date="2026-01-08 22:47:10 +0000", text=_a7,
      html=ats_card("Brightwater Retail", _a7, "#00695c")),
    A(slug="glasmore_icims_ack", lang="en", company="Glasmore Life", contact="",
      frm=("Glasmore Life Early Careers", "glasmorelife@icims.com"),
      subject="Application received - GLG-26-04419", date="2026-02-20 15:30:00 +0000",
      text=_a8, charset="iso-8859-1", cte="base64"),
    A(slug="ballycotton_cv_received", lang="en", company="Ballycotton Brewing",
      contact="emer.walsh@ballycottonbrewing.example.ie", frm=EMER,
      subject="Re: Data analyst role - application",
      date="2026-06-29 11:20:00 +0100", parent="<CAF206ballycotton01@mail.example.ie>",
      text=reply(_a9_new, _a9_old, ME, "Sun, 28 Jun 2026 at 20:41")),
    A(slug="claddagh_registration", lang="en", company="Claddagh Talent", contact="",
      frm=("Claddagh Talent", "no-reply@claddaghtalent.example.ie"),
      subject="Your Claddagh Talent profile is live", date="2026-01-20 18:05:00 +0000",
      text=_a10, html=simple_html(_a10), headers=[("Auto-Submitted", "auto-generated")]),
    A(slug="mizen_bamboohr_ack", lang="en", company="Mizen Health Insurance", contact="",
      frm=("Mizen Health Insurance", "notifications@app.bamboohr.com"),
      subject="Thank you for applying to Mizen Health Insurance",
      date="2026-06-08 13:44:00 +0100", text=_a11),
    A(slug="caledon_taleo_ack", lang="en", company="Caledon University", contact="",
      frm=("Caledon University", "no-reply@taleo.net"),
      subject="Caledon University - Application submitted (CU-2026-588)",
      date="2026-08-10 23:02:00 +0100", html=ats_card("Caledon University", _a12, "#312e81")),
    A(slug="nordlicht_personio_eingang", lang="de", company="Nordlicht Versicherung",
      contact="", frm=("Nordlicht Versicherung AG", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung", subj_enc=("iso-8859-1", "Q"),
      date="2026-05-04 07:58:00 +0200", text=_a13,
      html=ats_card("Nordlicht Versicherung", _a13, "#1e3a8a"), charset="iso-8859-1",
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    A(slug="kranich_softgarden_eingang", lang="de", company="Kranich Markt", contact="",
      frm=("Kranich Markt GmbH", "noreply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen",
      date="2026-02-02 14:21:00 +0100", text=_a14, charset="iso-8859-1", cte="8bit"),
    A(slug="talentbruecke_registrierung", lang="de", company="Talentbrücke",
      contact="lukas.brandt@talentbruecke.example.de",
      frm=("Lukas Brandt", "lukas.brandt@talentbruecke.example.de"),
      subject="Willkommen bei Talentbrücke", subj_enc=("utf-8", "B"),
      date="2026-06-22 16:40:00 +0200", text=_a15, html=simple_html(_a15)),
    A(slug="solenne_accuse", lang="fr", company="Banque Solenne", contact="",
      frm=("Banque Solenne", "noreply@smartrecruiters.com"),
      subject="Confirmation de votre candidature", date="2026-06-01 10:10:00 +0200",
      text=_a16, html=ats_card("Banque Solenne", _a16, "#7f1d1d"), cte="base64"),
    A(slug="orvel_taleo_accuse", lang="fr", company="Maison Orvel", contact="",
      frm=("Maison Orvel Recrutement", "no-reply@taleo.net"),
      subject="Accusé de réception de votre candidature", subj_enc=("iso-8859-1", "B"),
      date="2026-01-14 20:05:00 +0100", text=_a17, charset="iso-8859-1",
      cte="quoted-printable"),
    A(slug="veran_cv_bien_recu", lang="fr", company="Cabinet Véran",
      contact="j.marchetti@cabinet-veran.example.fr",
      frm=("Julien Marchetti", "j.marchetti@cabinet-veran.example.fr"),
      subject="Re: Candidature spontanée – analyste de données",
      subj_enc=("utf-8", "Q"), date="2026-04-08 09:32:00 +0200",
      parent="<CAF206veran01@mail.example.ie>", text=_a18, html=outlook_html(_a18)),
    A(slug="alcantara_acuse", lang="es", company="Seguros Alcántara", contact="",
      frm=("Seguros Alcántara", "no-reply@successfactors.eu"), name_enc=("utf-8", "B"),
      subject="Hemos recibido tu candidatura (REQ-5521)", date="2026-07-06 18:22:00 +0200",
      text=_a19, html=ats_card("Seguros Alcántara", _a19, "#854d0e")),
    A(slug="tajo_acuse_no_individual", lang="es", company="Finanzas Tajo", contact="",
      frm=("Finanzas Tajo", "noreply@smartrecruiters.com"),
      subject="¡Gracias por tu candidatura!", subj_enc=("iso-8859-1", "Q"),
      date="2026-10-01 12:02:00 +0200", text=_a20, charset="iso-8859-1",
      cte="quoted-printable"),
    A(slug="reclutalia_cv_recibido", lang="es", company="Reclutalia",
      contact="alvaro.sanz@reclutalia.example.es",
      frm=("Álvaro Sanz", "alvaro.sanz@reclutalia.example.es"), name_enc=("utf-8", "B"),
      subject="Tu CV en Reclutalia", date="2026-03-09 10:45:00 +0100", text=_a21,
      cte="8bit"),
    # ------------------------------------------------------------ offers
    O(slug="corribpay_verbal_offer", lang="en", company="Corrib Pay",
      contact="niamh.farrell@corribpay.example.ie", frm=NIAMH,
      subject="Your offer from Corrib Pay 🎉", date="2026-03-20 17:05:00 +0000",
      text=_o1, html=simple_html(_o1), cte="quoted-printable"),
    O(slug="spreewerk_offer_pdf", lang="en", company="Spreewerk Commerce",
      contact="mareike.jansen@spreewerk.example.de", frm=MAREIKE,
      subject="Your offer - Pricing Analyst at Spreewerk Commerce",
      date="2026-08-27 14:10:00 +0200", parent="spreewerk_trial_moved", text=_o2,
      pdf=[("Spreewerk_Offer_Tadhg_Oyelaran-Weiss.pdf", [
          "Spreewerk Commerce GmbH - Offer of employment", "",
          "Candidate: Tadhg Oyelaran-Weiss", "Position: Pricing Analyst",
          "Salary: EUR 48,000 gross per year", "Start date: 1 October 2026",
          "Probation: 6 months", "", "Berlin, 27 August 2026"])]),
    O(slug="harbourline_dunmore_offer", lang="en", company="Dunmore Foods",
      contact="sinead.cotter@harbourline.example.ie", frm=SINEAD, name_enc=("utf-8", "B"),
      subject="OFFER!! Dunmore Foods", date="2026-04-29 12:58:00 +0100",
      parent="harbourline_dunmore_moved", text=_o3, cte="quoted-printable"),
    O(slug="ballycotton_contract_to_sign", lang="en", company="Ballycotton Brewing",
      contact="emer.walsh@ballycottonbrewing.example.ie", frm=EMER,
      subject="Your contract - ready to sign", date="2026-07-20 10:02:00 +0100",
      parent="ballycotton_cv_received", text=_o4, html=outlook_html(_o4)),
    O(slug="hda_offer_of_appointment", lang="en", company="Health Data Agency",
      contact="ruairi.tierney@healthdata.example.ie", frm=RUAIRI,
      subject="HDA-26-019 - Offer of appointment", date="2026-08-05 12:30:00 +0100",
      parent="hda_venue_time_change", text=_o5, html=outlook_html(_o5),
      cte="quoted-printable",
      pdf=[("HDA-26-019_offer_of_appointment.pdf", [
          "Health Data Agency - Recruitment Unit", "",
          "Offer of appointment: Data Analyst (Executive Officer)",
          "Candidate: Tadhg Oyelaran-Weiss", "Panel position: 1", "",
          "Subject to references, Garda vetting and health assessment.", "",
          "5 August 2026"])]),
    O(slug="caledon_fixed_term_offer", lang="en", company="Caledon University",
      contact="m.sinclair@caledon.example.ac.uk",
      frm=("Morag Sinclair", "m.sinclair@caledon.example.ac.uk"),
      subject="Offer of appointment - Data Analyst, Planning & Insight",
      date="2026-09-25 15:45:00 +0100", text=_o6, charset="iso-8859-1",
      cte="quoted-printable",
      pdf=[("CU-2026-588_offer_letter.pdf", [
          "Caledon University - Human Resources", "",
          "Offer of appointment (fixed term, 18 months)",
          "Post: Data Analyst, Planning & Insight (CU-2026-588)",
          "Grade 5 - starting salary GBP 29,900 per annum",
          "Start date: 2 November 2026"])]),
    O(slug="spreetal_vertrag_zur_unterschrift", lang="de", company="Stadtwerke Spreetal",
      contact="heike.albrecht@stadtwerke-spreetal.example.de", frm=HEIKE,
      subject="Ihre Einstellung als Datenanalyst/in Netzbetrieb", subj_enc=("utf-8", "Q"),
      date="2026-09-14 10:30:00 +0200", text=_o7, charset="windows-1252", cte="base64",
      pdf=[("Arbeitsvertrag_Oyelaran-Weiss.pdf", [
          "Stadtwerke Spreetal - Arbeitsvertrag", "",
          "zwischen den Stadtwerken Spreetal und Herrn Tadhg Oyelaran-Weiss", "",
          "Beginn: 1. November 2026", "Eingruppierung: Entgeltgruppe 9 TVoeD-V", "",
          "Unterschrift Arbeitnehmer: ____________________"])]),
    O(slug="solenne_promesse_embauche", lang="fr", company="Banque Solenne",
      contact="ines.lefort@banque-solenne.example.fr", frm=INES, name_enc=("utf-8", "Q"),
      subject="Votre promesse d'embauche – Banque Solenne", subj_enc=("utf-8", "Q"),
      date="2026-07-03 11:15:00 +0200", parent="solenne_report", text=_o8,
      html=outlook_html(_o8),
      pdf=[("Promesse_embauche_T_Oyelaran-Weiss.pdf", [
          "Banque Solenne SA - Direction des Ressources Humaines", "",
          "Promesse d'embauche", "Poste : Analyste Data junior - Conformite (CDI)",
          "Remuneration : 41 000 EUR bruts annuels", "Date d'entree : 1er septembre 2026",
          "", "Paris, le 3 juillet 2026"])]),
    O(slug="bercy_proposition_contrat", lang="fr", company="Université de Bercy",
      contact="nathalie.girard@univ-bercy.example.fr", frm=NATHALIE,
      subject="Proposition de contrat – ingénieur d'études", subj_enc=("windows-1252", "Q"),
      date="2026-10-05 09:40:00 +0200", text=_o9, charset="iso-8859-1",
      cte="quoted-printable"),
    O(slug="ensanche_oferta", lang="es", company="Hospital del Ensanche",
      contact="lucia.paredes@hospitalensanche.example.es", frm=LUCIA,
      subject="Oferta de empleo – Analista de Datos", subj_enc=("utf-8", "B"),
      date="2026-09-18 13:20:00 +0200", parent="ensanche_aplazada", text=_o10,
      html=outlook_html(_o10),
      pdf=[("Carta_oferta_Analista_Datos.pdf", [
          "Hospital del Ensanche - Unidad de Seleccion de Personal", "",
          "Carta de oferta", "Puesto: Analista de Datos (Calidad Asistencial)",
          "Salario bruto anual: 31.200 EUR", "Incorporacion: 1 de octubre de 2026"])]),
]
