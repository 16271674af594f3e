"""Corpus 268 – application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs268_common import ats_card, outlook_html, page, paras, q, wrote

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


ACK = "application_received"
OFFER = "offer"

# =============================================================================== received
# ----------------------------------------------------------------------------- français

t = """Bonjour Mathilde,

Merci d'avoir postulé au poste de Customer Success Manager junior chez Lémanix ! Nous avons bien reçu votre candidature et votre CV.

Notre équipe examine chaque dossier avec attention. Vous aurez de nos nouvelles dans les deux semaines à venir, quelle que soit notre décision.

En attendant, découvrez la vie chez Lémanix : https://lemanix.teamtailor.com/people

À bientôt,
L'équipe Lémanix

Ce courriel est envoyé par Teamtailor pour le compte de Lémanix. Les réponses à cette adresse ne sont pas lues.
"""
add(kind=ACK, slug="lemanix_teamtailor_thanks", lang="fr", company="Lémanix", contact="",
    frm=("Lémanix", "no-reply@teamtailor-mail.com"), enc={"from": ("utf-8", "B")},
    subject="Merci pour votre candidature chez Lémanix !",
    date="2026-07-06T08:31:00+02:00", key="lx_ack",
    text=t, html=ats_card("Lémanix", "#0f766e", paras(t), "Teamtailor", "fr"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Madame Okeke-Zürcher,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Chargée de relation clientèle digitale (R-10482) et vous remercions de l'intérêt porté à la Banque Privée Rhône-Salève.

Notre équipe Talent Acquisition étudiera votre dossier avec soin. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chaque candidat avant la fin de la présélection ; vous recevrez toutefois une réponse dans tous les cas.

Vous pouvez suivre l'état de votre candidature à tout moment sur notre portail : https://rhonesaleve.wd3.myworkday.com/careers

Avec nos meilleures salutations,

Talent Acquisition
Banque Privée Rhône-Salève

Ce message a été généré automatiquement. Merci de ne pas y répondre.
"""
add(kind=ACK, slug="rhonesaleve_workday_no_individual_reply", lang="fr",
    company="Banque Privée Rhône-Salève", contact="",
    frm=("Banque Privée Rhône-Salève", "rhonesaleve@myworkday.com"),
    enc={"from": ("iso-8859-1", "Q")},
    subject="Confirmation de réception – Chargée de relation clientèle digitale (R-10482)",
    date="2026-01-20T06:12:00-08:00", key="rs_ack",
    text=t, cte="quoted-printable",
    html=ats_card("Banque Privée Rhône-Salève", "#6b1d2a", paras(t), "Workday", "fr"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Madame Okeke-Zürcher,

Merci d'être passée à l'agence vendredi et pour la confiance que vous nous accordez. Votre inscription est désormais complète : votre CV, vos certificats de travail et votre pièce d'identité sont enregistrés dans notre dossier.

Comme convenu, je vais vous présenter en priorité pour des postes en relation client et customer success, à 80-100 %, dans la région lausannoise et sur l'Arc lémanique. Je vous contacterai avant chaque transmission de votre dossier à une entreprise : rien ne sera envoyé sans votre accord.

N'hésitez pas à m'appeler pour toute question.

Bien à vous,

Aurélie Monnier
Consultante senior – Tertiaire & Relation client
Placement Romand
Avenue de la Gare 17, 1003 Lausanne
+41 21 555 42 10
"""
add(kind=ACK, slug="placement_registration_confirmed", lang="fr", company="Placement Romand",
    contact="a.monnier@placement-romand.example.ch",
    frm=("Aurélie Monnier", "a.monnier@placement-romand.example.ch"),
    subject="Bienvenue chez Placement Romand – votre inscription est confirmée",
    date="2026-01-12T09:45:00+01:00", key="pr_reg",
    text=t, html=outlook_html(paras(t), "fr"))

t = """Madame,

Nous avons bien reçu votre CV et votre lettre de motivation, et vous en remercions.

Votre dossier a été transmis au responsable d'agence. Nous reviendrons vers vous d'ici trois semaines environ.

Meilleures salutations,

Nathalie Bovard
Ressources humaines
Caisse d'Épargne du Jorat

""" + wrote("fr", "ven. 3 avr. 2026 à 17:20", "Mathilde Okeke-Zürcher", "mathilde.oz@example.ch") + "\n" + q("""Madame, Monsieur,

Employée au guichet d'un office postal lausannois depuis neuf ans, je
souhaite aujourd'hui mettre mon expérience de la relation client au
service d'une banque régionale. [...]""") + "\n"
add(kind=ACK, slug="jorat_human_cv_received", lang="fr", company="Caisse d'Épargne du Jorat",
    contact="nathalie.bovard@jorat.example.ch",
    frm=("Nathalie Bovard", "nathalie.bovard@jorat.example.ch"),
    subject="RE: Candidature spontanée – Conseillère clientèle",
    date="2026-04-07T08:58:00+02:00", key="jorat_ack", parent="jorat_app", text=t)

t = """Bonjour Mathilde,

Merci pour votre candidature au poste de Conseillère Customer Care (80–100 %) à Lausanne. Elle a bien été transmise à notre équipe de recrutement.

Prochaine étape : nous étudions les dossiers reçus jusqu'au 20 mars. Les personnes présélectionnées seront invitées à un court entretien vidéo.

Vous pouvez modifier vos informations ou retirer votre candidature à tout moment depuis votre espace candidat.

Cordialement,
Mutuelle Romande
Ressources humaines

Envoyé via SmartRecruiters. Merci de ne pas répondre à ce message.
"""
add(kind=ACK, slug="mutuelle_smartrecruiters_received", lang="fr", company="Mutuelle Romande",
    contact="", frm=("Mutuelle Romande", "noreply@smartrecruiters.com"),
    subject="Mutuelle Romande : candidature reçue",
    date="2026-03-16T12:03:00+01:00", key="mr_ack",
    text=t, html=ats_card("Mutuelle Romande", "#00695c", paras(t), "SmartRecruiters", "fr"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Mathilde,

Nous avons bien reçu votre candidature pour le poste de Customer Success Manager – Lyon (CDI) et nous vous remercions de l’intérêt que vous portez à Tessera Logiciels.

Julien Mercier, notre chargé de recrutement, va étudier votre profil dans les prochains jours. Si votre expérience correspond à nos besoins, il vous contactera pour convenir d’un premier échange.

Bonne journée,
L’équipe Tessera

Tessera Logiciels · 12 quai Perrache · 69002 Lyon
Merci de ne pas répondre directement à ce message.
"""
add(kind=ACK, slug="tessera_recruitee_cp1252", lang="fr", company="Tessera Logiciels",
    contact="", frm=("Tessera Logiciels", "no-reply@jobs.recruitee.com"),
    subject="Candidature reçue – Customer Success Manager (Lyon)",
    enc={"subject": ("windows-1252", "B")},
    date="2026-02-10T14:44:00+01:00", key="tessera_ack",
    text=t, charset="windows-1252", cte="quoted-printable",
    html=ats_card("Tessera Logiciels", "#5b2c83", paras(t), "Recruitee", "fr",
                  charset="windows-1252"))

h = page("""<div style="border-top:4px solid #1a1a1a;padding-top:12px">
<p>Madame Okeke-Zürcher,</p>
<p>Nous accusons réception de votre candidature au poste de <b>Coordinatrice service client boutiques</b> et vous remercions de l'intérêt que vous portez à Montres Brenet.</p>
<p>Votre dossier sera examiné par notre service des ressources humaines. Si votre profil correspond à nos attentes, nous prendrons contact avec vous dans un délai d'environ trois semaines.</p>
<p>Montres Brenet<br>Ressources humaines<br>Rue du Temple 8, 2400 Le Locle</p>
<p style="font-size:11px;color:#888">Ceci est un message automatique envoyé par iCIMS. Merci de ne pas y répondre.</p>
</div>""", "fr")
add(kind=ACK, slug="brenet_icims_html_only", lang="fr", company="Montres Brenet", contact="",
    frm=("Montres Brenet", "brenet@icims.com"),
    subject="Accusé de réception de votre candidature",
    enc={"subject": ("iso-8859-1", "Q")},
    date="2026-05-19T18:40:00+02:00", key="brenet_ack", parent="brenet_app",
    text=None, html=h, headers=[("Auto-Submitted", "auto-generated")])

t = """Madame Okeke-Zürcher,

Nous avons bien reçu votre candidature pour le poste de Customer Success Specialist (Fribourg, 80-100 %) et vous remercions de votre intérêt pour Alpicom.

Nous examinons actuellement les dossiers. Compte tenu du grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de donner un retour individuel à chaque personne avant la fin de la présélection. Si votre profil est retenu pour un entretien, un membre de notre équipe vous contactera dans un délai de trois semaines.

Vous pouvez suivre l'avancement de votre dossier dans votre compte candidat.

Meilleures salutations,
Alpicom – Talent Acquisition

Ceci est un message automatique, merci de ne pas y répondre.
"""
add(kind=ACK, slug="alpicom_successfactors_unfortunately", lang="fr", company="Alpicom",
    contact="", frm=("Alpicom Carrières", "alpicom@successfactors.eu"),
    subject="Votre candidature chez Alpicom – Customer Success Specialist",
    date="2026-06-01T07:58:00+02:00", key="alpicom_ack",
    text=t, cte="base64", html=ats_card("Alpicom", "#e4002b", paras(t), "SAP SuccessFactors", "fr"),
    html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Mathilde,

Merci pour votre candidature au poste de Customer Care Lead à Bulle. Nous l'avons bien reçue et l'examinerons avec attention.

Vous recevrez une réponse de notre part d'ici au 14 juillet au plus tard.

Meilleures salutations
Votre équipe RH de Gruyère Connect

Cet e-mail a été généré automatiquement via Personio.
"""
add(kind=ACK, slug="gruyere_personio_received", lang="fr", company="Gruyère Connect",
    contact="", frm=("Gruyère Connect", "noreply@personio.de"),
    enc={"from": ("iso-8859-1", "B"), "subject": ("iso-8859-1", "Q")},
    subject="Gruyère Connect - nous avons reçu votre candidature",
    date="2026-07-01T21:15:00+02:00", key="gc_ack", text=t,
    headers=[("Auto-Submitted", "auto-generated")])

t = """Salut Mathilde,

Merci pour ton passage à l'agence ce matin ! Ton dossier est maintenant enregistré dans notre base : CV, pièce d'identité et certificats de travail sont en ordre.

Je t'ai inscrite pour des missions temporaires et des postes fixes en service client et back-office, sur Genève et la Côte. Dès qu'une mission colle à ton profil, je t'appelle pour en discuter avant de transmettre quoi que ce soit.

Pense à me signaler tes vacances ou tes indisponibilités, ça m'évite de te proposer au mauvais moment.

À bientôt,

Kevin Da Silva
Consultant recrutement
Interim Plus – Genève
Rue du Rhône 64, 1204 Genève
+41 22 555 27 40
"""
add(kind=ACK, slug="interimplus_registration", lang="fr", company="Interim Plus",
    contact="kevin.dasilva@interimplus.example.ch",
    frm=("Kevin Da Silva", "kevin.dasilva@interimplus.example.ch"),
    subject="Ton dossier est enregistré chez Interim Plus",
    enc={"subject": ("utf-8", "Q")},
    date="2026-03-02T12:10:00+01:00", text=t, cte="quoted-printable")

# ----------------------------------------------------------------------------- Deutsch

t = """Guten Tag Frau Okeke-Zürcher

Vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) bei Nordlicht Software. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innert zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr Nordlicht Software Recruiting-Team

Diese E-Mail wurde automatisch über Personio versendet.
"""
add(kind=ACK, slug="nordlicht_personio_eingang", lang="de", company="Nordlicht Software",
    contact="", frm=("Nordlicht Software", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-03-04T16:20:00+01:00", key="nl_ack",
    text=t, html=ats_card("Nordlicht Software", "#1e3a8a", paras(t), "Personio", "de"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Sehr geehrte Frau Okeke-Zürcher

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle «Kundenbetreuerin Digitale Kanäle» (Job-ID 48213).

Aufgrund der grossen Anzahl Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten, bevor die Vorauswahl abgeschlossen ist. Sie erhalten jedoch in jedem Fall eine Rückmeldung von uns, spätestens innert vier Wochen.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Freundliche Grüsse
Limmatbank
Human Resources

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(kind=ACK, slug="limmatbank_no_individual_answers", lang="de", company="Limmatbank",
    contact="", frm=("Limmatbank Human Resources", "limmatbank@successfactors.eu"),
    subject="Bestätigung: Ihre Bewerbung für «Kundenbetreuerin Digitale Kanäle»",
    enc={"subject": ("iso-8859-1", "B")},
    date="2026-02-03T07:05:00+01:00", key="lb_ack",
    text=t, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

t = """Liebe Frau Okeke-Zürcher

Herzlichen Dank für das angenehme Gespräch in unserem Büro an der Löwenstrasse. Hiermit bestätige ich Ihnen, dass Ihre Registrierung bei Talentwerk Personal abgeschlossen ist.

Ihr Profil ist nun in unserer Datenbank erfasst, mit folgenden Schwerpunkten: Kundendienst, Customer Success und Innendienst, Pensum 80–100 %, Raum Zürich, Bern und Biel. Ich werde Ihr Dossier nur mit Ihrer ausdrücklichen Zustimmung an Kunden weiterleiten.

Bei Fragen erreichen Sie mich jederzeit.

Herzliche Grüsse
Nadine Meier
Senior Consultant Office & Sales
Talentwerk Personal
Löwenstrasse 51 | 8001 Zürich
T +41 44 555 82 19
"""
add(kind=ACK, slug="talentwerk_registration", lang="de", company="Talentwerk Personal",
    contact="nadine.meier@talentwerk.example.ch",
    frm=("Nadine Meier", "nadine.meier@talentwerk.example.ch"),
    subject="Ihre Registrierung bei Talentwerk Personal",
    date="2026-01-14T15:33:00+01:00", key="tw_reg",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "de"))

t = """Sehr geehrte Frau Okeke-Zürcher

Vielen Dank für Ihre Bewerbung als «Kundenberaterin Service Center» bei den Aare Versicherungen. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir melden uns, sobald wir Ihre Bewerbung geprüft haben. Dies kann bis zu drei Wochen dauern.

Freundliche Grüsse
Aare Versicherungen
Human Resources
Schwarztorstrasse 31, 3007 Bern

Diese Nachricht wurde über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.
"""
add(kind=ACK, slug="aare_softgarden_received", lang="de", company="Aare Versicherungen",
    contact="", frm=("Aare Versicherungen", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-04-20T10:02:00+02:00", key="aare_ack",
    text=t, html=ats_card("Aare Versicherungen", "#005a9c", paras(t), "softgarden", "de"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Guten Tag Frau Okeke-Zürcher

Ihre Bewerbungsunterlagen für die Stelle als Kundenberaterin Innendienst in Zürich Oerlikon haben wir erhalten. Besten Dank!

Wir sammeln die Bewerbungen noch bis Ende Monat und sichten sie anschliessend gemeinsam mit dem Teamleiter. Sie hören bis spätestens Mitte Juli von uns.

Freundliche Grüsse
Sandra Frick
Personaladministration
Rheintal Versicherung
Bahnhofstrasse 12, 9450 Altstätten
Telefon 071 555 40 31
"""
add(kind=ACK, slug="rheintal_human_latin1", lang="de", company="Rheintal Versicherung",
    contact="sandra.frick@rheintal-versicherung.example.ch",
    frm=("Sandra Frick", "sandra.frick@rheintal-versicherung.example.ch"),
    subject="Ihre Unterlagen - Kundenberaterin Innendienst",
    date="2026-06-16T11:47:00+02:00", key="rv_ack",
    text=t, charset="iso-8859-1", cte="8bit")

# ----------------------------------------------------------------------------- English

t = """Hi Mathilde,

Thanks for applying for the Customer Success Associate position at Quadrivo. Your application has been received and our team is reviewing it.

If your background is a match, a member of our recruiting team will reach out to discuss next steps. In the meantime, feel free to learn more about how we work: https://quadrivo.example.ch/careers/culture

Best regards,
The Quadrivo Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""
add(kind=ACK, slug="quadrivo_greenhouse_received", lang="en", company="Quadrivo", contact="",
    frm=("Quadrivo", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Quadrivo",
    date="2026-04-02T12:19:00-04:00", key="qd_ack",
    text=t, html=ats_card("Quadrivo", "#4a3aff", paras(t), "Sent via Greenhouse", "en"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Hi Mathilde,

Thanks for applying to the Customer Success Manager (EMEA) role at Kestrel Analytics! We've got your application and our hiring team will review it over the coming days.

We aim to get back to every applicant within two weeks. Unfortunately we aren't able to give individual feedback at the application stage, but you'll hear from us either way.

Cheers,
Kestrel Analytics Recruiting
"""
add(kind=ACK, slug="kestrel_ashby_received", lang="en", company="Kestrel Analytics",
    contact="", frm=("Kestrel Analytics", "no-reply@ashbyhq.com"),
    subject="We've received your application - Kestrel Analytics",
    date="2026-05-11T08:08:00+01:00", key="ks_ack", text=t,
    headers=[("Auto-Submitted", "auto-generated")])

t = """Dear Mathilde,

Thank you for your application for the position of Customer Success Executive (Multilingual) at Thistle Telecom.

This is an automatic confirmation that we have received your CV and cover letter. Our team will review your application carefully, and if you are shortlisted we'll be in touch to arrange a first conversation.

Kind regards,
Thistle Telecom People Team
80 Wood Lane, London W12 0BZ
"""
add(kind=ACK, slug="thistle_workable_received", lang="en", company="Thistle Telecom",
    contact="", frm=("Thistle Telecom", "noreply@workablemail.com"),
    subject="Thistle Telecom: application received",
    date="2026-06-01T13:26:00+01:00", key="th_ack", parent="th_app",
    text=t, cte="quoted-printable",
    html=ats_card("Thistle Telecom", "#6a1b9a", paras(t), "Workable", "en"),
    headers=[("Auto-Submitted", "auto-generated")])

# ----------------------------------------------------------------------------- español

t = """¡Hola, Mathilde!

Gracias por tu interés en Brisa Cloud. Hemos recibido correctamente tu candidatura para el puesto de Customer Success Specialist (Ginebra).

Nuestro equipo de Talento revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para una primera llamada.

¡Gracias y mucha suerte!
El equipo de Talento de Brisa Cloud

Este mensaje se ha enviado desde una dirección que no admite respuestas.
"""
add(kind=ACK, slug="brisa_recruitee_received", lang="es", company="Brisa Cloud", contact="",
    frm=("Brisa Cloud", "no-reply@jobs.recruitee.com"),
    subject="Hemos recibido tu candidatura – Brisa Cloud",
    enc={"subject": ("utf-8", "B")},
    date="2026-02-24T19:02:00+01:00", key="br_ack",
    text=t, html=ats_card("Brisa Cloud", "#0284c7", paras(t), "Recruitee", "es"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Estimada Sra. Okeke-Zürcher:

Le confirmamos que hemos recibido su candidatura para el puesto de Especialista de Atención al Cliente (Ginebra), referencia JR-2026-0388.

Lamentablemente, debido al elevado número de solicitudes, no podemos responder a cada candidatura de forma individual durante la fase de preselección. Si su perfil se ajusta a los requisitos, nuestro equipo de Selección se pondrá en contacto con usted en un plazo de tres semanas.

Puede consultar el estado de su solicitud en nuestro portal de empleo.

Atentamente,
Banco Meridiano
Selección y Desarrollo

Mensaje generado automáticamente. Por favor, no responda a este correo.
"""
add(kind=ACK, slug="meridiano_workday_lamentablemente", lang="es", company="Banco Meridiano",
    contact="", frm=("Banco Meridiano", "bancomeridiano@myworkday.com"),
    subject="Confirmación de recepción de su candidatura",
    enc={"subject": ("iso-8859-1", "Q")},
    date="2026-05-04T01:14:00-07:00", key="bm_ack", text=t, cte="base64",
    headers=[("Auto-Submitted", "auto-generated")])

t = """Hola, Mathilde:

Encantado de haber hablado contigo ayer. Te confirmo que ya estás dada de alta en nuestra base de candidatos de Talento Sur Consultores.

He anotado tus preferencias: puestos de atención al cliente o Customer Success con idiomas (francés, alemán, español e inglés), en Ginebra o Lausana, a jornada completa o al 80 %. Trabajamos con varias empresas españolas con filial en Suiza, así que creo que tu perfil va a interesar.

Antes de presentar tu candidatura a cualquier cliente te pediré siempre tu conformidad.

Un saludo,

Diego Campos
Consultor de selección
Talento Sur Consultores
Calle de Serrano 41, 28001 Madrid
+34 91 555 23 67
"""
add(kind=ACK, slug="talentosur_registration", lang="es", company="Talento Sur",
    contact="diego.campos@talentosur.example.es",
    frm=("Diego Campos", "diego.campos@talentosur.example.es"),
    subject="Alta en Talento Sur Consultores",
    date="2026-04-01T10:26:00+02:00", key="ts_reg", text=t,
    html=page(paras(t), "es"))

# =============================================================================== offers

t = """Bonjour Mathilde,

C'est avec un grand plaisir que je vous transmets, au nom de toute l'équipe, notre proposition d'engagement pour le poste de Customer Success Manager junior.

Vous trouverez en pièce jointe la lettre d'offre détaillée. En résumé :
– entrée en fonction : 1er octobre 2026
– taux d'activité : 100 %
– salaire annuel brut : CHF 78'000 (septante-huit mille francs), versé en treize mensualités
– 25 jours de vacances, abonnement demi-tarif offert

Yannick et Inès ont été unanimes après l'entretien du 5 août. Nous serions ravis de vous accueillir !

Nous vous remercions de nous faire part de votre décision d'ici au vendredi 28 août. Je reste bien sûr à disposition pour en discuter par téléphone.

Chaleureusement,

Chloé Pittet
Talent Acquisition Partner
Lémanix
Avenue de Sévelin 20, 1004 Lausanne
+41 21 555 08 64
"""
add(kind=OFFER, slug="lemanix_offer_letter_pdf", lang="fr", company="Lémanix",
    contact="chloe.pittet@lemanix.example.ch",
    frm=("Chloé Pittet", "chloe.pittet@lemanix.example.ch"),
    subject="Proposition d'engagement – Customer Success Manager junior",
    date="2026-08-20T15:02:00+02:00", key="lx_offer", parent="lx_thanks",
    text=t, cte="quoted-printable", html=page(paras(t), "fr"),
    attach=[{"name": "Lemanix_Lettre_offre_Okeke-Zurcher.pdf", "title": "Lémanix – Lettre d'offre",
             "lines": ["Lausanne, le 20 août 2026", "Madame Mathilde Okeke-Zürcher",
                       "Chemin de Montelly 28, 1007 Lausanne", "",
                       "Poste : Customer Success Manager junior",
                       "Entrée en fonction : 1er octobre 2026", "Taux d'activité : 100 %",
                       "Salaire annuel brut : CHF 78'000 (13 x 6'000)",
                       "Période d'essai : trois mois", "Vacances : 25 jours",
                       "Offre valable jusqu'au 28 août 2026.", "", "Yannick Rochat, Chloé Pittet"]}])

t = """Madame Okeke-Zürcher,

Comme je vous l'ai annoncé ce matin au téléphone, nous avons le plaisir de vous proposer le poste de Conseillère clientèle à 80 % dans notre agence du Mont-sur-Lausanne.

Je vous confirme par écrit les éléments évoqués :
- entrée en fonction le 1er juillet 2026 ou à convenir
- salaire annuel brut de CHF 68'900 pour un 80 %, versé en treize fois
- formation interne de quatre semaines au siège

Le contrat de travail vous parviendra par courrier dès réception de votre accord de principe. Pourriez-vous nous donner votre réponse d'ici au mercredi 20 mai ?

Avec nos meilleures salutations,

Nathalie Bovard
Ressources humaines
Caisse d'Épargne du Jorat
021 555 32 77
"""
add(kind=OFFER, slug="jorat_verbal_offer_confirmed", lang="fr", company="Caisse d'Épargne du Jorat",
    contact="nathalie.bovard@jorat.example.ch",
    frm=("Nathalie Bovard", "nathalie.bovard@jorat.example.ch"),
    subject="Suite à notre appel – proposition de poste",
    date="2026-05-12T11:05:00+02:00", key="jorat_offer", parent="jorat_move",
    text=t, cte="quoted-printable")

t = """Bonjour Mathilde,

Chloé m'a transmis votre accord – bienvenue chez Lémanix !

Vous trouverez ci-joint votre contrat de travail en deux exemplaires. Merci de les parapher sur chaque page, de signer la dernière, et de nous en retourner un exemplaire d'ici au 7 septembre, soit par la poste, soit en PDF scanné en réponse à ce message.

Pour préparer votre arrivée du 1er octobre, j'aurai aussi besoin de votre numéro AVS et d'une copie de votre pièce d'identité.

Belle fin de journée,

Géraldine Mottier
HR & Payroll
Lémanix
Avenue de Sévelin 20, 1004 Lausanne
"""
add(kind=OFFER, slug="lemanix_contract_to_sign", lang="fr", company="Lémanix",
    contact="geraldine.mottier@lemanix.example.ch",
    frm=("Géraldine Mottier", "geraldine.mottier@lemanix.example.ch"),
    cc=[("Chloé Pittet", "chloe.pittet@lemanix.example.ch")],
    enc={"from": ("iso-8859-1", "Q"), "cc": ("iso-8859-1", "B")},
    subject="Votre contrat de travail à signer",
    date="2026-08-27T16:40:00+02:00", key="lx_contract", parent="lx_offer",
    text=t, attach=[{"name": "Contrat_de_travail_Okeke-Zurcher.pdf",
                     "title": "Contrat de travail – Lémanix",
                     "lines": ["Entre Lémanix, Avenue de Sévelin 20, 1004 Lausanne",
                               "et Madame Mathilde Okeke-Zürcher", "",
                               "Art. 1 Fonction : Customer Success Manager junior",
                               "Art. 2 Début : 1er octobre 2026", "Art. 3 Taux : 100 %",
                               "Art. 4 Salaire annuel brut : CHF 78'000",
                               "Art. 5 Période d'essai : trois mois", "",
                               "Lieu, date : ____________  Signature : ____________"]}])

t = """Bonjour Mathilde,

Je sors à l'instant d'un appel avec la Manufacture Favre-Jaquet : ils ont été conquis par votre second entretien et souhaitent vous faire une offre pour le poste de Coordinatrice service clients internationaux !

Voici ce qu'ils proposent :
• salaire annuel de CHF 82'000 brut, treize salaires
• 100 %, avec un jour de télétravail par semaine après la période d'essai
• début au 1er septembre

Ils enverront le contrat directement, mais souhaitent d'abord avoir votre accord de principe. Pouvez-vous me rappeler aujourd'hui ou demain ? Je peux aussi tenter de négocier une ou deux choses si vous le souhaitez.

Bravo, vous le méritez !

Aurélie Monnier
Consultante senior – Tertiaire & Relation client
Placement Romand
+41 21 555 42 10
"""
add(kind=OFFER, slug="placement_client_wants_to_offer", lang="fr", company="Favre-Jaquet",
    contact="a.monnier@placement-romand.example.ch",
    frm=("Aurélie Monnier", "a.monnier@placement-romand.example.ch"),
    subject="Favre-Jaquet veut vous faire une offre !",
    date="2026-06-18T17:21:00+02:00", text=t, html=outlook_html(paras(t), "fr"))

t = """Salut Mathilde,

Après notre café (le vrai, cette fois !) et ton après-midi avec Nora et Théo, c'est un grand oui de toute l'équipe : on aimerait te proposer le poste de Customer Success chez Filaos.

Concrètement : CDI à 90 %, CHF 72'000 brut par an, 5 % de parts virtuelles après un an, et tu peux commencer quand tu veux à partir d'avril. Je sais que c'est moins qu'une grande boîte, mais tu aurais carte blanche pour construire le support de A à Z.

Je t'envoie le contrat dès que tu me dis que ça t'intéresse. Prends le temps d'y réfléchir, et appelle-moi si tu as des questions : 078 555 91 03.

Bastien
"""
add(kind=OFFER, slug="filaos_casual_offer", lang="fr", company="Filaos",
    contact="bastien@filaos.example.ch", frm=("Bastien Roulin", "bastien@filaos.example.ch"),
    subject="On aimerait que tu nous rejoignes", date="2026-02-20T20:12:00+01:00",
    parent="filaos_missed", text=t)

# ----------------------------------------------------------------------------- Deutsch

t = """Liebe Frau Okeke-Zürcher

Wir freuen uns sehr, Ihnen nach den Gesprächen mit Lukas Frei und unserem CCO die Stelle als Customer Success Manager bei Nordlicht Software anbieten zu dürfen.

Im Anhang finden Sie unser schriftliches Angebot mit allen Details. Die wichtigsten Eckpunkte:

- Eintritt: 1. Juni 2026 oder nach Vereinbarung
- Pensum: 100 %, hybrides Arbeiten (zwei Tage Homeoffice pro Woche)
- Jahresbruttolohn: CHF 86'000, zahlbar in 13 Monatslöhnen
- 25 Ferientage, Halbtax-Abonnement

Wir würden uns freuen, wenn Sie uns Ihren Entscheid bis am 24. April mitteilen. Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse
Seraina Caduff
Talent Acquisition
Nordlicht Software
Pfingstweidstrasse 106, 8005 Zürich
+41 44 555 71 30
"""
add(kind=OFFER, slug="nordlicht_written_offer_pdf", lang="de", company="Nordlicht Software",
    contact="seraina.caduff@nordlicht.example.ch",
    frm=("Seraina Caduff", "seraina.caduff@nordlicht.example.ch"),
    subject="Ihr Vertragsangebot – Customer Success Manager",
    date="2026-04-14T14:14:00+02:00", key="nl_offer", parent="nl_thanks",
    text=t, cte="base64", html=outlook_html(paras(t), "de"), html_cte="base64",
    attach=[{"name": "Angebot_Nordlicht_Okeke-Zuercher.pdf", "title": "Nordlicht Software – Angebot",
             "lines": ["Zürich, 14. April 2026", "Frau Mathilde Okeke-Zürcher", "",
                       "Funktion: Customer Success Manager", "Eintritt: 1. Juni 2026",
                       "Pensum: 100 %", "Jahresbruttolohn: CHF 86'000 (13 Monatslöhne)",
                       "Ferien: 25 Tage", "Gültig bis: 24. April 2026"]}])

t = """Liebe Frau Okeke-Zürcher

Ich habe grossartige Neuigkeiten: Sigrist Uhren hat sich nach dem zweiten Gespräch für Sie entschieden und möchte Ihnen die Stelle als Sachbearbeiterin Kundendienst Händlernetz anbieten!

Das Angebot in Kürze:
– Eintritt per 1. April 2026
– Pensum 100 %, Arbeitsort Biel
– Jahreslohn CHF 74'500 brutto (13 ×)
– Probezeit drei Monate

Herr Sigrist würde Sie gerne noch persönlich anrufen, sobald Sie mir grünes Licht geben. Den Vertrag schickt die Firma anschliessend direkt an Sie.

Ich gratuliere Ihnen herzlich! Melden Sie sich, wenn Sie Fragen haben oder Bedenkzeit brauchen.

Herzliche Grüsse
Nadine Meier
Talentwerk Personal
T +41 44 555 82 19
"""
add(kind=OFFER, slug="talentwerk_sigrist_offer", lang="de", company="Sigrist Uhren",
    contact="nadine.meier@talentwerk.example.ch",
    frm=("Nadine Meier", "nadine.meier@talentwerk.example.ch"),
    subject="Sigrist Uhren möchte Ihnen ein Angebot machen",
    enc={"subject": ("iso-8859-1", "Q")},
    date="2026-02-25T16:03:00+01:00", parent="tw_sig_inv", text=t)

t = """Sehr geehrte Frau Okeke-Zürcher

Nach dem Assessment Center und dem Gespräch mit Frau Lehmann freuen wir uns, Ihnen die Stelle als Kundenberaterin Service Center anzubieten.

Im Anhang erhalten Sie den Arbeitsvertrag in zweifacher Ausführung. Wenn Sie mit den Bedingungen einverstanden sind, unterzeichnen Sie bitte beide Exemplare und senden Sie eines bis am 15. Juni an uns zurück. Das zweite Exemplar ist für Ihre Unterlagen bestimmt.

Bei Fragen zum Vertrag stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse
Daniel Zbinden
HR Business Partner
Aare Versicherungen
Schwarztorstrasse 31, 3007 Bern
Telefon 031 555 66 12
"""
add(kind=OFFER, slug="aare_contract_for_signature", lang="de", company="Aare Versicherungen",
    contact="daniel.zbinden@aare-versicherungen.example.ch",
    frm=("Daniel Zbinden", "daniel.zbinden@aare-versicherungen.example.ch"),
    subject="Arbeitsvertrag zur Unterzeichnung",
    date="2026-06-03T09:27:00+02:00", key="aare_contract", parent="aare_move",
    text=t, charset="iso-8859-1", cte="quoted-printable",
    attach=[{"name": "Arbeitsvertrag_Okeke-Zuercher.pdf", "title": "Arbeitsvertrag",
             "lines": ["Aare Versicherungen, Schwarztorstrasse 31, 3007 Bern",
                       "und Frau Mathilde Okeke-Zürcher", "",
                       "1. Funktion: Kundenberaterin Service Center", "2. Eintritt: 1. August 2026",
                       "3. Pensum: 100 %", "4. Jahreslohn: CHF 79'300 brutto",
                       "", "Ort, Datum: ____________  Unterschrift: ____________"]}])

# ----------------------------------------------------------------------------- English

t = """Dear Mathilde,

Following your interviews with our team, I am delighted to offer you the position of Customer Success Executive (Multilingual) at Thistle Telecom, based in our London office.

Your offer letter is attached and sets out the key terms, including a starting salary of £38,500 per annum, 27 days' holiday plus bank holidays, and a relocation allowance of £3,000. The offer is subject to satisfactory references and confirmation of your right to work in the UK.

Please let me know by 31 July whether you wish to accept. I'm very happy to talk through any questions beforehand.

Kind regards,

Ewan Mackie
Customer Success Director
Thistle Telecom
80 Wood Lane, London W12 0BZ
+44 20 5550 6632
"""
add(kind=OFFER, slug="thistle_offer_letter_pdf", lang="en", company="Thistle Telecom",
    contact="ewan.mackie@thistle.example.co.uk",
    frm=("Ewan Mackie", "ewan.mackie@thistle.example.co.uk"),
    subject="Offer of employment – Customer Success Executive (Multilingual)",
    enc={"subject": ("windows-1252", "Q")},
    date="2026-07-20T17:55:00+01:00", parent="th_ack",
    text=t, charset="windows-1252", cte="quoted-printable",
    attach=[{"name": "Thistle_Offer_Letter_M_Okeke-Zurcher.pdf", "title": "Thistle Telecom - Offer of Employment",
             "lines": ["20 July 2026", "Ms Mathilde Okeke-Zürcher", "",
                       "Position: Customer Success Executive (Multilingual)",
                       "Location: London", "Salary: GBP 38,500 per annum",
                       "Holiday: 27 days plus bank holidays", "Relocation allowance: GBP 3,000",
                       "Please confirm acceptance by 31 July 2026."]}])

# ----------------------------------------------------------------------------- español

t = """Hola Mathilde:

¡Enhorabuena! Tras las entrevistas con el equipo de Ginebra, nos encantaría que te unieras a Brisa Cloud como Customer Success Specialist.

Te adjunto la carta de oferta con todas las condiciones. Lo más importante:
- Incorporación: 1 de junio de 2026
- Jornada completa, modelo híbrido (tres días en la oficina de Ginebra)
- Salario bruto anual: 84.000 CHF
- Seguro médico complementario y formación en Madrid durante la primera semana

Nos gustaría recibir tu respuesta antes del 10 de abril. Si quieres comentarlo por teléfono, dime cuándo te viene bien.

Un abrazo,
Lucía Ferrer
Talent Acquisition · Brisa Cloud
"""
add(kind=OFFER, slug="brisa_offer_letter_pdf", lang="es", company="Brisa Cloud",
    contact="lucia.ferrer@brisacloud.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@brisacloud.example.es"),
    subject="Oferta de empleo – Customer Success Specialist (Ginebra)",
    date="2026-04-02T13:45:00+02:00", key="br_offer", parent="br_thanks",
    text=t, html=page(paras(t), "es"),
    attach=[{"name": "Carta_oferta_Brisa_Cloud.pdf", "title": "Brisa Cloud – Carta de oferta",
             "lines": ["Madrid, 2 de abril de 2026", "Sra. Mathilde Okeke-Zürcher", "",
                       "Puesto: Customer Success Specialist (Ginebra)",
                       "Incorporación: 1 de junio de 2026", "Salario bruto anual: 84.000 CHF",
                       "Modelo híbrido: tres días en la oficina", "Respuesta antes del 10 de abril de 2026"]}])
