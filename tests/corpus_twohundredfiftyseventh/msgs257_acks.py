# ruff: noqa
"""Corpus 257: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs257_common import (
    ats_card,
    attribution,
    button,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
)

_ONDINE_ACK = """Bonjour Séraphine,

Merci d'avoir postulé au poste de Responsable de boutique - Lyon Part-Dieu (réf. R-10482). Votre candidature a bien été enregistrée le 12 janvier 2026.

Nos équipes étudient chaque dossier avec attention. En raison du nombre important de candidatures reçues, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, une personne de l'équipe recrutement vous contactera dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

L'équipe Recrutement Maison Ondine"""

_BELL_ACK = """Bonjour Séraphine Adjovi-Lambert,

Nous accusons réception de votre candidature au poste de Responsable de l'espace Beauté (H/F) - CDI - Lyon, référence 2026-0117.

Votre dossier va être étudié par notre équipe recrutement. Nous reviendrons vers vous dans un délai de trois semaines environ.

Merci de l'intérêt que vous portez aux Galeries Bellecour.

Le service Recrutement"""

_NORTHGATE_ACK = """Dear Séraphine,

Thank you for applying for the Area Beauty Manager role in Geneva (Req 26-0413). We confirm that your application has been received and will be reviewed by our talent team.

Unfortunately, due to the high volume of applications we receive, we cannot respond to every applicant individually. If your profile matches what we are looking for, a member of our team will be in touch within three weeks.

You can check the status of your application at any time in your candidate dashboard.

Northgate Beauty Talent Team"""

_DARCY_APP = """Madame,

Vu votre annonce affichée en vitrine, je me permets de vous adresser ma candidature pour le poste de responsable de boutique. Gérante de salon à Lyon depuis six ans, je souhaite m'installer à Dijon et évoluer vers la parfumerie, un univers que je connais par la vente de produits de soin."""

_BELL_OFFER = """Bonjour Séraphine,

J'ai le grand plaisir de vous confirmer, au nom de Mme Vasseur, notre souhait de vous accueillir au poste de Responsable de l'espace Beauté des Galeries Bellecour.

Vous trouverez ci-joint notre proposition d'embauche détaillant les conditions : CDI, statut agent de maîtrise, rémunération annuelle brute de 34 800 euros sur 13 mois, prime trimestrielle sur objectifs, prise de poste souhaitée le 4 mai 2026.

Nous vous remercions de nous faire part de votre réponse d'ici le 27 mars. Je reste disponible pour toute question, et Mme Vasseur serait ravie d'en parler avec vous si vous le souhaitez.

Bien cordialement,

Clémence Royer
Chargée de recrutement
Galeries Bellecour
34 rue de la République, 69002 Lyon
04 72 00 40 11"""

_BELL_DISCLAIMER = ("Ce courriel et ses pièces jointes peuvent contenir des informations "
                    "confidentielles. Si vous n'êtes pas le destinataire visé, merci de le "
                    "signaler à l'expéditeur et de le supprimer. Galeries Bellecour SAS - "
                    "RCS Lyon 000 000 000.")

_FERR_VERBAL = """Bonjour Séraphine,

Comme je vous l'ai annoncé au téléphone vendredi, nous serions très heureux que vous preniez la responsabilité de notre magasin de la rue de la Liberté à Dijon. Je vous confirme par écrit les éléments dont nous avons parlé."""

MESSAGES: list[dict] = [
    # ================================================================ application_received, fr
    dict(kind="application_received", slug="galeries_bellecour_accuse_successfactors",
         lang="fr", company="Galeries Bellecour", contact="", key="bell_ack",
         date="2026-02-03 22:41 +0100",
         frm=("Galeries Bellecour Recrutement", "noreply@successfactors.eu"),
         subject="Accusé de réception de votre candidature - réf. 2026-0117",
         text=_BELL_ACK + "\n",
         html=ats_card("Galeries Bellecour", paras(_BELL_ACK),
                       "Message automatique - merci de ne pas répondre.", accent="#7a0019")),
    dict(kind="application_received", slug="maison_ondine_pas_de_reponse_individuelle",
         lang="fr", company="Maison Ondine", contact="", key="ondine_ack",
         date="2026-01-12 08:54 +0100",
         frm=("Maison Ondine", "maisonondine@myworkday.com"),
         subject="Nous avons bien reçu votre candidature - Maison Ondine",
         text=_ONDINE_ACK + "\n",
         html=ats_card("Maison Ondine", paras(_ONDINE_ACK) + button(
             "Mon espace candidat", "https://maisonondine.wd3.myworkday.com/fr-FR/Carrieres/userHome",
             "#9c6b8e"), "Ce message a été envoyé automatiquement depuis Workday.",
             accent="#9c6b8e"),
         cte="base64"),
    dict(kind="application_received", slug="alpes_interim_inscription_confirmee", lang="fr",
         company="Alpes Intérim", contact="julien.ferraz@alpes-interim.example.fr",
         key="alpes_ack", date="2026-01-20 15:02 +0100",
         frm=("Julien Ferraz", "julien.ferraz@alpes-interim.example.fr"),
         subject="Votre inscription chez Alpes Intérim",
         text="""Bonjour Séraphine,

Merci d'être passée à l'agence ce matin. Je vous confirme que votre inscription est finalisée : votre dossier (CV, pièce d'identité, RIB) est complet et votre profil est visible par nos consultants de Grenoble et d'Annecy, sur les métiers de responsable et d'adjointe de magasin.

Je vous contacte dès qu'une mission ou un poste en CDI correspond à votre recherche.

Belle journée,
Julien Ferraz
Consultant recrutement
Alpes Intérim - Agence de Grenoble
5 boulevard Gambetta, 38000 Grenoble
06 30 00 18 72
"""),
    dict(kind="application_received", slug="saone_talents_inscription_en_ligne", lang="fr",
         company="Intérim Saône Talents", contact="", key="saone_ack",
         date="2026-01-26 21:17 +0100",
         frm=("Intérim Saône Talents", "no-reply@saone-talents.example.fr"),
         subject="Bienvenue chez Intérim Saône Talents : votre inscription est enregistrée",
         html=simple_html("""<h2 style="color:#00607a">Bienvenue Séraphine !</h2>
<p>Votre inscription en ligne est enregistrée. Votre CV a bien été reçu et sera consulté par l'agence Lyon Vaise.</p>
<p>Prochaine étape : un chargé de recrutement prendra contact avec vous pour compléter votre dossier.</p>
<p>En attendant, vous pouvez compléter vos disponibilités et vos préférences de mission depuis votre espace intérimaire.</p>
<p><a href="https://espace.saone-talents.example.fr">Accéder à mon espace</a></p>
<p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</p>"""),
         cte="quoted-printable"),
    dict(kind="application_received", slug="coiff_etoile_teamtailor", lang="fr",
         company="Coiff'Étoile", contact="", key="coiffetoile_ack",
         date="2026-08-20 21:34 +0200",
         frm=("Coiff'Étoile", "no-reply@teamtailor-mail.com"), frm_enc=("iso-8859-1", "B"),
         subject="Merci pour votre candidature : Animatrice réseau Rhône-Alpes",
         subject_enc=("utf-8", "B"),
         text="""Bonjour Séraphine,

Merci pour votre candidature au poste d'Animatrice réseau Rhône-Alpes ! Elle est bien arrivée chez nous.

Nous prenons le temps de lire chaque candidature et revenons vers vous dès que possible.

L'équipe Coiff'Étoile
""",
         html=ats_card("Coiff'Étoile", paras("""Bonjour Séraphine,

Merci pour votre candidature au poste d'Animatrice réseau Rhône-Alpes ! Elle est bien arrivée chez nous.

Nous prenons le temps de lire chaque candidature et revenons vers vous dès que possible.

L'équipe Coiff'Étoile"""), "Envoyé avec Teamtailor", accent="#c2185b")),
    dict(kind="application_received", slug="lumiere_sel_cv_bien_recu", lang="fr",
         company="Lumière & Sel", contact="aurore.dufay@lumiere-sel.example.fr",
         key="lumiere_ack", date="2026-02-16 12:20 +0100",
         frm=("Aurore Dufay", "aurore.dufay@lumiere-sel.example.fr"),
         subject="CV bien reçu - boutique d'Annecy",
         charset="windows-1252", cte="quoted-printable",
         text="""Bonjour Séraphine,

Nous avons bien reçu votre CV et votre lettre pour la future boutique d’Annecy, merci !

Je les transmets à notre directrice commerciale ; nous faisons un premier tri d’ici la fin du mois. Vous recevrez ensuite un message de notre outil de recrutement si nous souhaitons aller plus loin.

Bien à vous,
Aurore Dufay
Responsable des ressources humaines – Lumière & Sel
"""),
    dict(kind="application_received", slug="grands_magasins_rhone_smartrecruiters",
         lang="fr", company="Grands Magasins du Rhône", contact="", key="gmr_ack",
         date="2026-04-01 07:12 +0200",
         frm=("Grands Magasins du Rhône", "noreply@smartrecruiters.com"),
         subject="Confirmation de candidature - Responsable de rayon Beauté",
         text="""Madame Adjovi-Lambert,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Responsable de rayon Beauté (Genève).

Votre candidature sera examinée avec soin. Vous serez informée par e-mail de la suite donnée à votre dossier.

Service des ressources humaines
Grands Magasins du Rhône

Powered by SmartRecruiters
"""),
    dict(kind="application_received", slug="nacre_rose_bamboohr", lang="fr",
         company="Nacre & Rose", contact="", key="nacre_ack", date="2026-05-12 11:47 +0200",
         frm=("Nacre & Rose", "notifications@app.bamboohr.com"),
         subject="Nacre & Rose a bien reçu votre candidature",
         text="""Bonjour Séraphine,

Merci d'avoir postulé pour le poste « Responsable boutique - Lyon Bellecour » chez Nacre & Rose.

Nous avons bien reçu votre candidature et nous l'examinerons dans les meilleurs délais.

Cordialement,
Nacre & Rose

Cet e-mail a été envoyé via BambooHR.
""",
         html=simple_html(paras("""Bonjour Séraphine,

Merci d'avoir postulé pour le poste « Responsable boutique - Lyon Bellecour » chez Nacre & Rose.

Nous avons bien reçu votre candidature et nous l'examinerons dans les meilleurs délais.

Cordialement,
Nacre & Rose""") + '\n<p style="font-size:10px;color:#999">Cet e-mail a été envoyé via BambooHR.</p>')),
    dict(kind="application_received", slug="darcy_candidature_recue", lang="fr",
         company="Parfumerie Darcy", contact="j.darcy@darcy-parfums.example.fr",
         key="darcy_ack", date="2026-09-01 18:30 +0200",
         frm=("Jacqueline Darcy", "j.darcy@darcy-parfums.example.fr"),
         subject="Re: Candidature responsable de boutique",
         text="""Bonjour Madame,

Votre candidature m'est bien parvenue, je vous en remercie. Je la lis ce week-end avec mon mari et vous rappellerai la semaine prochaine.

J. Darcy
Parfumerie Darcy

""" + attribution("fr", "dim. 30 août 2026 à 20:12", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(_DARCY_APP) + "\n"),
    dict(kind="application_received", slug="breze_recruitee_importee", lang="fr",
         company="Maison Brézé", contact="", key="breze_ack", parent="breze_app",
         date="2026-04-28 10:03 +0200",
         frm=("Maison Brézé", "no-reply@jobs.recruitee.com"),
         subject="Votre candidature - Responsable de boutique Annecy",
         text="""Bonjour Séraphine,

Merci pour votre candidature envoyée par e-mail. Nous l'avons ajoutée à notre outil de recrutement pour le poste « Responsable de boutique - Annecy ».

Nous vous tiendrons informée de l'avancement de votre dossier.

Maison Brézé
Cet e-mail a été envoyé depuis Recruitee.
"""),
    # ================================================================ application_received, en
    dict(kind="application_received", slug="verdello_greenhouse_confirmation", lang="en",
         company="Verdello", contact="", key="verdello_ack", date="2026-04-07 13:05 +0000",
         frm=("Verdello", "no-reply@us.greenhouse-mail.io"),
         subject="Thank you for applying to Verdello",
         text="""Hi Séraphine,

Thanks for applying to the Store Manager - Turin (Via Roma) position at Verdello. Our team will review your application and get back to you if your qualifications match our needs for the role.

Best,
The Verdello Talent Team
""",
         html=ats_card("VERDELLO", paras("""Hi Séraphine,

Thanks for applying to the Store Manager - Turin (Via Roma) position at Verdello. Our team will review your application and get back to you if your qualifications match our needs for the role.

Best,
The Verdello Talent Team"""), "Powered by Greenhouse", accent="#1f3b2d", lang="en")),
    dict(kind="application_received", slug="noa_flint_workable", lang="en",
         company="Noa & Flint", contact="", key="noa_ack", date="2026-03-02 19:44 +0100",
         frm=("Noa & Flint", "noreply@candidates.workablemail.com"),
         subject="Your application for Assistant Store Manager at Noa & Flint",
         text="""Hi Séraphine,

We've received your application for Assistant Store Manager (Geneva). Thanks for your interest in Noa & Flint!

Our hiring team is reviewing applications and will be in touch about next steps.

Noa & Flint hiring team
Powered by Workable
"""),
    dict(kind="application_received", slug="northgate_icims_high_volume", lang="en",
         company="Northgate Beauty", contact="", key="northgate_ack",
         date="2026-08-10 14:22 +0200",
         frm=("Northgate Beauty Careers", "northgatebeauty@icims.com"),
         subject="Application received - Area Beauty Manager, Geneva (Req 26-0413)",
         text=_NORTHGATE_ACK + "\n",
         html=ats_card("Northgate Beauty", paras(_NORTHGATE_ACK),
                       "This message was sent from an unmonitored mailbox via iCIMS.",
                       accent="#5b2a86", lang="en"),
         cte="base64"),
    dict(kind="application_received", slug="portici_ashby_received", lang="en",
         company="Portici Department Store", contact="", key="portici_ack",
         parent="portici_app", date="2026-09-01 09:02 +0200",
         frm=("Portici Department Store", "no-reply@ashbyhq.com"),
         subject="We received your application - Beauty Floor Manager",
         text="""Dear Séraphine,

Thank you for your application for Beauty Floor Manager (ref. PT-0826). This is a quick note to confirm that it has reached us and has been added to our system.

We'll be in touch once the hiring team has reviewed it.

Portici People Team
"""),
    dict(kind="application_received", slug="helvetic_search_registration", lang="en",
         company="Helvetic Retail Search", contact="ma.rey@hrsearch.example.ch",
         key="helvetic_ack", date="2026-09-03 16:35 +0200",
         frm=("Marc-Antoine Rey", "ma.rey@hrsearch.example.ch"),
         subject="Welcome to Helvetic Retail Search",
         text="""Dear Séraphine,

Thank you for sending your CV and for the call yesterday. You are now registered with Helvetic Retail Search, and your profile has been shared with my colleagues covering beauty and fashion retail in Geneva and Lausanne.

I will only put your name forward to a client after checking with you first.

Kind regards,

Marc-Antoine Rey
Senior Consultant
Helvetic Retail Search
Quai du Mont-Blanc 5, 1201 Geneva
+41 22 000 73 10
"""),
    # ================================================================ application_received, de
    dict(kind="application_received", slug="mainufer_personio_eingang", lang="de",
         company="Kaufhaus Mainufer", contact="", key="mainufer_ack",
         date="2026-05-04 08:18 +0200",
         frm=("Kaufhaus Mainufer", "noreply@mail.personio.de"),
         subject="Eingangsbestätigung Ihrer Bewerbung - Abteilungsleitung Beauty (m/w/d)",
         text="""Sehr geehrte Frau Adjovi-Lambert,

vielen Dank für Ihre Bewerbung als Abteilungsleitung Beauty (m/w/d) bei Kaufhaus Mainufer. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam Kaufhaus Mainufer

Diese E-Mail wurde automatisch erstellt.
"""),
    dict(kind="application_received", slug="lindqvist_softgarden_eingang", lang="de",
         company="Kosmetik Lindqvist", contact="", key="lindqvist_ack",
         date="2026-08-03 07:50 +0200",
         frm=("Kosmetik Lindqvist Recruiting", "no-reply@softgarden.io"),
         subject="Vielen Dank für Ihre Bewerbung bei Kosmetik Lindqvist",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Guten Tag Frau Adjovi-Lambert,

herzlichen Dank für Ihr Interesse an der Position Filialleitung (m/w/d) Frankfurt-Bockenheim. Ihre Bewerbung ist bei uns eingegangen.

Bitte haben Sie etwas Geduld: Wir sichten alle Unterlagen und kommen so schnell wie möglich auf Sie zu. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Recruiting-Team Kosmetik Lindqvist
"""),
    dict(kind="application_received", slug="mainpersonal_registrierung", lang="de",
         company="Mainpersonal", contact="d.albrecht@mainpersonal.example.de",
         key="mainpersonal_ack", date="2026-06-29 14:55 +0200",
         frm=("Dennis Albrecht", "d.albrecht@mainpersonal.example.de"),
         subject="Ihre Registrierung bei Mainpersonal", subject_enc=("iso-8859-1", "B"),
         text="""Hallo Frau Adjovi-Lambert,

schön, dass wir heute telefonieren konnten. Hiermit bestätige ich Ihre Registrierung in unserem Bewerberpool: Lebenslauf und Zeugnisse liegen mir vollständig vor.

Ich suche gezielt nach Einsätzen als Filialleitung oder stellvertretende Filialleitung im Raum Frankfurt/Offenbach/Hanau und melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Dennis Albrecht
Personaldisponent
Mainpersonal Zeitarbeit GmbH · Kaiserstraße 41 · 60329 Frankfurt am Main
Tel. 069 000 7730
"""),
    # ================================================================ application_received, es
    dict(kind="application_received", slug="moda_cierzo_candidatura_recibida", lang="es",
         company="Moda Cierzo", contact="", key="cierzo_ack", parent="cierzo_app",
         date="2026-06-02 09:00 +0200",
         frm=("Moda Cierzo", "no-reply@cierzo.example.es"),
         subject="Hemos recibido tu candidatura",
         text="""Hola, Séraphine:

¡Gracias por querer formar parte de Moda Cierzo! Hemos recibido tu candidatura para Encargada de tienda - Paseo Independencia.

Nuestro equipo de selección la revisará en los próximos días.

Equipo de Personas - Moda Cierzo
Este es un correo automático, por favor no respondas.
""",
         html=simple_html(paras("""Hola, Séraphine:

¡Gracias por querer formar parte de Moda Cierzo! Hemos recibido tu candidatura para Encargada de tienda - Paseo Independencia.

Nuestro equipo de selección la revisará en los próximos días.

Equipo de Personas - Moda Cierzo
Este es un correo automático, por favor no respondas."""), "es")),
    dict(kind="application_received", slug="albar_successfactors_recibida", lang="es",
         company="Perfumería Albar", contact="", key="albar_ack",
         date="2026-04-20 20:12 +0200",
         frm=("Perfumería Albar - Selección", "noreply@successfactors.eu"),
         frm_enc=("utf-8", "Q"),
         subject="Confirmación de su candidatura - Encargada de tienda Zaragoza Gran Vía",
         charset="iso-8859-1", cte="8bit",
         text="""Estimada Séraphine:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Encargada de tienda en Zaragoza Gran Vía.

Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto.

Gracias por su interés en Perfumería Albar.

Departamento de Recursos Humanos
"""),
    dict(kind="application_received", slug="aragon_talento_alta_bolsa", lang="es",
         company="Aragón Talento", contact="p.sancho@aragontalento.example.es",
         key="aragon_ack", date="2026-03-16 13:10 +0100",
         frm=("Pilar Sancho", "p.sancho@aragontalento.example.es"),
         subject="Alta en nuestra bolsa de candidatos",
         text="""Hola, Séraphine:

Gracias por venir hoy a la oficina. Te confirmo que ya estás dada de alta en la bolsa de candidatos de Aragón Talento para puestos de encargada y segunda de tienda en Zaragoza.

Tengo tu currículum y la copia del NIE. En cuanto encaje algún proceso contigo, te llamo.

Un abrazo,
Pilar Sancho
Consultora de selección - Aragón Talento
Calle Coso 98, 50001 Zaragoza - Tel. 976 00 58 20
"""),
    # ================================================================ offer, fr
    dict(kind="offer", slug="galeries_bellecour_proposition_pdf", lang="fr",
         company="Galeries Bellecour", contact="clemence.royer@galeries-bellecour.example.fr",
         key="bell_offer", parent="bell_moved", date="2026-03-18 17:05 +0100",
         frm=("Clémence Royer", "clemence.royer@galeries-bellecour.example.fr"),
         subject="Proposition d'embauche - Responsable espace Beauté",
         text=_BELL_OFFER + "\n\n" + _BELL_DISCLAIMER + "\n",
         html=outlook_html(mso(_BELL_OFFER) + '\n<p class="MsoNormal" style="font-size:7.5pt;'
                           f'color:#808080">{_BELL_DISCLAIMER}</p>'),
         attach=[dict(type="pdf", filename="Proposition_embauche_Adjovi-Lambert.pdf",
                      title="Proposition d'embauche",
                      lines=["Galeries Bellecour - Proposition d'embauche",
                             "Madame Séraphine Adjovi-Lambert",
                             "Poste : Responsable de l'espace Beauté", "Contrat : CDI",
                             "Rémunération : 34 800 EUR bruts annuels sur 13 mois",
                             "Prise de poste : 4 mai 2026",
                             "Réponse souhaitée avant le 27 mars 2026"])]),
    dict(kind="offer", slug="alpes_interim_caravelle_veut_proposer", lang="fr",
         company="Beauté Caravelle", contact="julien.ferraz@alpes-interim.example.fr",
         parent="caravelle_moved", date="2026-02-20 11:48 +0100",
         frm=("Julien Ferraz", "julien.ferraz@alpes-interim.example.fr"),
         subject="Beauté Caravelle : bonne nouvelle !",
         text="""Séraphine,

Je sors d'un appel avec Mme Barral : Beauté Caravelle souhaite vous faire une proposition pour la responsabilité de la boutique Victor-Hugo !

Les grandes lignes : CDI dès la fin de votre préavis, 2 450 euros bruts mensuels plus une prime trimestrielle, 39 h avec deux samedis libres par mois. La proposition écrite partira de chez eux en début de semaine prochaine.

Appelez-moi dès que vous pouvez pour qu'on en parle, et bravo !

Julien Ferraz
Consultant recrutement - Alpes Intérim Grenoble
06 30 00 18 72
"""),
    dict(kind="offer", slug="ferrandier_suite_offre_orale", lang="fr",
         company="Groupe Ferrandier", contact="m.lagarde@ferrandier.example.fr",
         key="ferr_verbal", parent="ferr_moved", date="2026-07-20 09:40 +0200",
         frm=("Mathilde Lagarde", "m.lagarde@ferrandier.example.fr"),
         subject="Suite à notre appel - magasin Dijon Liberté",
         text=_FERR_VERBAL + """

- Poste : responsable de magasin, statut cadre au forfait jours
- Rémunération : 36 000 euros bruts annuels, plus variable jusqu'à 10 %
- Véhicule : non, mais prise en charge de 50 % de l'abonnement de transport
- Date d'entrée : 1er septembre 2026, avec deux semaines d'intégration au siège

Si ces éléments vous conviennent, je prépare le contrat et vous l'envoie pour signature d'ici la fin de semaine.

Bien cordialement,
Mathilde Lagarde
Responsable ressources humaines
Groupe Ferrandier - 9 rue de la Préfecture, 21000 Dijon - 03 80 00 92 10
"""),
    dict(kind="offer", slug="ferrandier_contrat_signature", lang="fr",
         company="Groupe Ferrandier", contact="m.lagarde@ferrandier.example.fr",
         parent="ferr_verbal", date="2026-07-27 16:15 +0200",
         frm=("Mathilde Lagarde", "m.lagarde@ferrandier.example.fr"),
         cc=[("Thomas Perrin", "t.perrin@ferrandier.example.fr")],
         subject="Contrat - Responsable de magasin Dijon", subject_enc=("iso-8859-1", "Q"),
         text="""Bonjour Séraphine,

Merci pour votre accord de principe. Vous trouverez ci-joint votre contrat de travail à durée indéterminée ; il vous a également été envoyé pour signature électronique via notre plateforme (lien reçu séparément).

Merci de le signer avant le 7 août. N'hésitez pas si une clause appelle une question.

Nous nous réjouissons de vous accueillir le 1er septembre.

Mathilde Lagarde
Responsable ressources humaines - Groupe Ferrandier

""" + attribution("fr", "lun. 20 juil. 2026 à 09:40", "Mathilde Lagarde",
                  "m.lagarde@ferrandier.example.fr") + "\n" + quote(_FERR_VERBAL) + "\n",
         attach=[dict(type="pdf", filename="Contrat_CDI_Adjovi-Lambert.pdf",
                      title="Contrat de travail",
                      lines=["Contrat de travail à durée indéterminée",
                             "Entre Groupe Ferrandier et Mme Séraphine Adjovi-Lambert",
                             "Fonction : Responsable de magasin - Dijon Liberté",
                             "Date d'effet : 1er septembre 2026",
                             "Rémunération annuelle brute : 36 000 EUR"])]),
    dict(kind="offer", slug="bastide_cosmetiques_offre_annecy", lang="fr",
         company="Bastide Cosmétiques", contact="celine.vidal@bastide.example.fr",
         date="2026-10-06 10:20 +0200",
         frm=("Céline Vidal", "celine.vidal@bastide.example.fr"),
         subject="Votre offre d'emploi - Responsable de boutique Annecy Vieille Ville",
         cte="base64",
         text="""Chère Séraphine,

Suite à vos deux entretiens et à votre matinée en boutique, toute l'équipe a été conquise. C'est donc avec un grand plaisir que je vous adresse notre offre d'emploi pour le poste de responsable de notre boutique d'Annecy Vieille Ville.

Vous trouverez tous les détails dans le document joint (rémunération, variable, mutuelle, date de début au 2 novembre). Nous avons tenu compte de votre demande concernant les mercredis après-midi.

Je vous propose un appel jeudi pour répondre à vos questions avant votre décision.

Avec toute ma sympathie,
Céline Vidal
Directrice des ressources humaines
Bastide Cosmétiques - 11 rue Carnot, 74000 Annecy
04 50 00 66 38
""",
         attach=[dict(type="pdf", filename="Offre_Bastide_Annecy.pdf",
                      title="Offre d'emploi",
                      lines=["Bastide Cosmétiques", "Offre d'emploi - Responsable de boutique",
                             "Annecy Vieille Ville", "CDI - 2 600 EUR bruts mensuels + variable",
                             "Début : 2 novembre 2026"])]),
    # ================================================================ offer, en
    dict(kind="offer", slug="helvetic_search_client_wants_offer", lang="en",
         company="Alder & Rye", contact="ma.rey@hrsearch.example.ch",
         parent="helvetic_ack", date="2026-10-14 18:20 +0200",
         frm=("Marc-Antoine Rey", "ma.rey@hrsearch.example.ch"),
         subject="Alder & Rye - they want you!",
         text="""Dear Séraphine,

Great news: Alder & Rye have just called me after your second meeting with their founders, and the client wants to make you an offer for the Store Manager position at their Rue du Rhône boutique.

The package they have in mind is CHF 82,000 gross a year plus a 10 % bonus, with a start date in early January. Their HR will send the written offer tomorrow; before that, could we speak tonight or tomorrow morning so I can walk you through it and hear your thoughts?

Congratulations, very well deserved.

Marc-Antoine Rey
Senior Consultant - Helvetic Retail Search
+41 22 000 73 10
"""),
    dict(kind="offer", slug="casa_lucento_offer_letter", lang="en",
         company="Casa Lucento", contact="martina.greco@casalucento.example.it",
         date="2026-09-29 15:00 +0200",
         frm=("Martina Greco", "martina.greco@casalucento.example.it"),
         subject="Offer of employment - Store Manager, Turin",
         text="""Dear Séraphine,

Following your final interview with our CEO, I am delighted to offer you the position of Store Manager of our Via Lagrange store in Turin.

Please find attached your offer letter with the terms we discussed: permanent contract under the Italian national retail agreement (CCNL Commercio, level 1), gross annual salary of EUR 38,000 plus a performance bonus, and a relocation allowance. We would be glad to welcome you on 1 December 2026.

Kindly return the signed letter by 9 October. I am of course available for any questions.

Warm regards,
Martina Greco
Head of People, Casa Lucento
Via Lagrange 41, 10123 Torino
+39 011 000 2290
""",
         html=simple_html(paras("""Dear Séraphine,

Following your final interview with our CEO, I am delighted to offer you the position of Store Manager of our Via Lagrange store in Turin.

Please find attached your offer letter with the terms we discussed: permanent contract under the Italian national retail agreement (CCNL Commercio, level 1), gross annual salary of EUR 38,000 plus a performance bonus, and a relocation allowance. We would be glad to welcome you on 1 December 2026.

Kindly return the signed letter by 9 October. I am of course available for any questions.

Warm regards,
Martina Greco
Head of People, Casa Lucento
Via Lagrange 41, 10123 Torino
+39 011 000 2290"""), "en"),
         attach=[dict(type="pdf", filename="Casa_Lucento_Offer_Letter.pdf",
                      title="Offer letter",
                      lines=["Casa Lucento - Offer of employment", "Ms Seraphine Adjovi-Lambert",
                             "Position: Store Manager, Via Lagrange, Turin",
                             "Gross annual salary: EUR 38,000", "Start date: 1 December 2026"])]),
    # ================================================================ offer, de
    dict(kind="offer", slug="drogerie_rehbein_vertragsangebot", lang="de",
         company="Drogerie Rehbein", contact="k.walter@rehbein.example.de",
         date="2026-10-12 11:30 +0200",
         frm=("Katrin Walter", "k.walter@rehbein.example.de"),
         subject="Ihr Vertragsangebot als Filialleiterin Frankfurt-Nordend",
         text="""Sehr geehrte Frau Adjovi-Lambert,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position der Filialleiterin in unserer Filiale Frankfurt-Nordend (Berger Straße) anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit, Bruttojahresgehalt von 46.500 Euro zuzüglich Bonus, 30 Urlaubstage, Eintritt zum 1. Dezember 2026.

Bitte senden Sie uns das unterschriebene Angebot bis zum 23. Oktober zurück. Für Rückfragen bin ich jederzeit erreichbar.

Mit freundlichen Grüßen
Katrin Walter
Personalleitung
Drogerie Rehbein · Berger Straße 210 · 60385 Frankfurt am Main
Tel. 069 000 3318
""",
         charset="iso-8859-1", cte="quoted-printable",
         attach=[dict(type="pdf", filename="Vertragsangebot_Rehbein.pdf",
                      title="Vertragsangebot",
                      lines=["Drogerie Rehbein - Vertragsangebot",
                             "Frau Séraphine Adjovi-Lambert",
                             "Position: Filialleiterin Frankfurt-Nordend",
                             "Bruttojahresgehalt: 46.500 EUR",
                             "Eintritt: 1. Dezember 2026"])]),
    dict(kind="offer", slug="mainpersonal_kunde_eckhardt_angebot", lang="de",
         company="Modehaus Eckhardt", contact="d.albrecht@mainpersonal.example.de",
         parent="mainpersonal_ack", date="2026-08-14 16:02 +0200",
         frm=("Dennis Albrecht", "d.albrecht@mainpersonal.example.de"),
         subject="Modehaus Eckhardt möchte Ihnen ein Angebot machen",
         text="""Hallo Frau Adjovi-Lambert,

super Neuigkeiten: Unser Kunde Modehaus Eckhardt war nach dem Gespräch am Dienstag begeistert und möchte Ihnen ein Angebot machen, und zwar direkt als Festanstellung, nicht über die Arbeitnehmerüberlassung.

Eckdaten: stellvertretende Filialleitung in Offenbach mit Übernahme der Filialleitung nach sechs Monaten, 3.400 Euro brutto im Monat, Start am 1. Oktober. Der Vertrag kommt direkt vom Kunden.

Rufen Sie mich an, dann gehen wir alles durch.

Beste Grüße
Dennis Albrecht
Personaldisponent, Mainpersonal
Tel. 069 000 7730
"""),
    # ================================================================ offer, es
    dict(kind="offer", slug="moda_cierzo_oferta_pdf", lang="es", company="Moda Cierzo",
         contact="a.lacruz@cierzo.example.es", parent="cierzo_moved",
         date="2026-06-25 13:15 +0200",
         frm=("Ana Lacruz", "a.lacruz@cierzo.example.es"),
         subject="Oferta de empleo - Encargada de tienda Paseo Independencia",
         text="""Hola, Séraphine:

¡Enhorabuena! Después de la entrevista y de hablarlo con dirección, queremos ofrecerte el puesto de encargada de nuestra tienda de Paseo Independencia.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 24.500 euros más incentivos trimestrales por ventas, e incorporación el 1 de septiembre.

Tienes hasta el 3 de julio para darnos una respuesta. Si tienes cualquier duda, llámame.

Un abrazo,
Ana Lacruz
Responsable de zona - Moda Cierzo
Tel. 976 00 31 55
""",
         cte="base64",
         attach=[dict(type="pdf", filename="Oferta_Moda_Cierzo.pdf", title="Carta de oferta",
                      lines=["Moda Cierzo - Carta de oferta", "Séraphine Adjovi-Lambert",
                             "Puesto: Encargada de tienda Paseo Independencia",
                             "Salario bruto anual: 24.500 EUR",
                             "Incorporación: 1 de septiembre de 2026"])]),
]
