"""Corpus 192: application acknowledgements and offers. Each dict is one hand-written message."""

from __future__ import annotations

from msgs192_common import ats_card, mso, outlook_html, paras

ACK = "application_received"
OFFER = "offer"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== acknowledgements — French

_LEM_ACK = """Bonjour Séverine,

Merci d'avoir postulé chez Lémantel !

Nous confirmons la bonne réception de votre candidature pour le poste suivant :
Responsable d'équipe Service clients (réf. LT-2207) – Les Acacias

Notre équipe Talent Acquisition étudie chaque dossier avec attention. Vous pouvez suivre
l'état de votre candidature à tout moment depuis votre compte candidat.

À bientôt,
L'équipe Talent Acquisition de Lémantel
"""

add(dict(
    kind=ACK, slug="lemantel_workday_confirmation", lang="fr", key="lem_ack",
    company="Lémantel", contact="",
    date="2026-02-02 21:41", tz="+0000",
    frm="Lémantel <lemantel@myworkday.com>",
    subject="Merci pour votre candidature – Responsable d'équipe Service clients",
    text=_LEM_ACK,
    html=ats_card("Lémantel", "#00a19a", paras(_LEM_ACK) +
                  '<p><a href="https://lemantel.wd3.myworkday.com/fr-CH/careers/userHome">'
                  "Accéder à mon compte candidat</a></p>",
                  "Merci de ne pas répondre à ce courriel généré automatiquement."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_SAL_ACK = """Bonjour Séverine,

Nous avons bien reçu votre candidature pour le poste de Cheffe d'équipe Service clientèle
(Plan-les-Ouates) et vous remercions de l'intérêt que vous portez à Assurances Salève.

Notre équipe examine actuellement les dossiers. Si votre profil correspond à nos
attentes, une personne de l'équipe recrutement prendra contact avec vous dans les
prochaines semaines.

Meilleures salutations
Assurances Salève – Talent Acquisition
"""

add(dict(
    kind=ACK, slug="saleve_greenhouse_received", lang="fr", key="sal_ack",
    company="Assurances Salève", contact="",
    date="2026-01-12 19:05", tz="+0000",
    frm="Assurances Salève <no-reply@greenhouse-mail.io>",
    subject="Assurances Salève – candidature reçue",
    text=_SAL_ACK, html=ats_card("Assurances Salève", "#1b5e7a", paras(_SAL_ACK),
                                 "Envoyé via Greenhouse. Ne pas répondre."),
))

add(dict(
    kind=ACK, slug="leman_interim_registration", lang="fr", key="li_reg",
    company="Léman Intérim", contact="j.mottier@leman-interim.example.ch",
    date="2026-01-08 14:22",
    frm="Julien Mottier <j.mottier@leman-interim.example.ch>",
    subject="Votre inscription chez Léman Intérim",
    cte="quoted-printable",
    text="""Bonjour Madame Achour-Lindgren,

Suite à notre rencontre de ce matin, je vous confirme que votre inscription chez Léman
Intérim est finalisée. Votre dossier (CV, certificats, permis) est complet et enregistré
dans notre base de candidats, pour des postes fixes ou temporaires dans la relation client
à Genève et sur la Côte.

Je vous contacterai dès qu'une mission ou un poste correspond à votre profil ; de votre
côté, n'hésitez pas à me signaler les annonces qui vous intéressent.

Meilleures salutations

Julien Mottier
Consultant senior – Tertiaire & Relation client
Léman Intérim SA
Rue du Rhône 88, 1204 Genève
+41 22 555 86 14

Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire
mentionné. Léman Intérim SA est autorisée par le SECO à pratiquer le placement privé et la
location de services.
""",
))

_COR_ACK = """Bonjour Séverine,

Nous vous remercions pour votre candidature au poste de Cheffe d'équipe Service clients
(R-00731) et pour l'intérêt que vous portez à Corraterie.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre
individuellement à chacune d'elles. Si votre profil correspond aux exigences du poste,
notre équipe RH prendra contact avec vous d'ici trois semaines.

Corraterie – Ressources humaines
"""

add(dict(
    kind=ACK, slug="corraterie_workday_cannot_reply_all", lang="fr", key="cor_ack",
    company="Corraterie", contact="",
    date="2026-02-16 12:14", tz="+0000",
    frm="Corraterie Recrutement <corraterie@myworkday.com>",
    subject="Candidature reçue – R-00731 Cheffe d'équipe Service clients",
    text=_COR_ACK, html=ats_card("Corraterie", "#222222", paras(_COR_ACK),
                                 "Ce courriel a été envoyé depuis une adresse qui ne peut "
                                 "pas recevoir de réponse."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=ACK, slug="vauseyon_cv_received_reply", lang="fr", key="vau_ack",
    parent="vau_app", quote="gt",
    company="Montres Vauseyon", contact="isabelle.jeanneret@vauseyon.example.ch",
    date="2026-01-16 09:48",
    frm="Isabelle Jeanneret <isabelle.jeanneret@vauseyon.example.ch>",
    subject="Re: Candidature spontanée – responsable d'équipe service après-vente",
    text="""Madame,

Nous avons bien reçu votre CV et votre lettre, et vous remercions de l'intérêt que vous
portez à Montres Vauseyon.

Il se trouve qu'une réflexion est en cours sur l'encadrement de notre service
après-vente ; votre dossier sera examiné dans ce cadre et nous reviendrons vers vous dès
que possible.

Avec nos meilleures salutations,

Isabelle Jeanneret
Responsable des ressources humaines
Montres Vauseyon SA
""",
))

_ARA_ACK = """Bonjour Séverine,

Merci pour votre candidature au poste de Responsable d'équipe – Centre de relation
clientèle (Annecy) !

Elle est bien arrivée chez nous. Chloé, notre chargée de recrutement, prendra le temps de
la lire dans les prochains jours.

En attendant, découvrez la vie de nos équipes sur notre page carrière.

À bientôt,
L'équipe Recrutement de la Banque des Aravis
"""

add(dict(
    kind=ACK, slug="aravis_teamtailor_thanks", lang="fr", key="ara_ack",
    company="Banque des Aravis", contact="",
    date="2026-02-23 20:31",
    frm="Banque des Aravis <no-reply@teamtailor-mail.com>",
    subject="Merci pour votre candidature, Séverine !",
    text=_ARA_ACK, html=ats_card("Banque des Aravis", "#14465a", paras(_ARA_ACK) +
                                 '<p><a href="https://carrieres.banque-aravis.example.fr">'
                                 "Notre page carrière</a></p>", "Propulsé par Teamtailor"),
    cte="base64",
))

_FOU_ACK = """Madame,

Nous vous confirmons la réception de votre candidature au poste de Responsable d'équipe
– Centre de relation clients (Lyon 2e), réf. AF-26-0931.

Votre dossier va être étudié par nos équipes. Nous vous tiendrons informée de la suite
qui lui sera donnée.

Cordialement,
La Direction des Ressources Humaines – Assurances Fourvière
"""

add(dict(
    kind=ACK, slug="fourviere_taleo_received", lang="fr", key="fou_ack",
    company="Assurances Fourvière", contact="",
    date="2026-08-17 09:55", tz="+0000",
    frm="Assurances Fourvière <no-reply@taleo.net>",
    subject="Accusé de réception – candidature AF-26-0931",
    text=_FOU_ACK, charset="windows-1252", cte="8bit",
))

add(dict(
    kind=ACK, slug="horizon_rh_registration_confirmed", lang="fr", key="hor_reg",
    company="Horizon RH", contact="melanie.clerc@horizon-rh.example.ch",
    date="2026-05-05 10:18",
    frm="Horizon RH <no-reply@horizon-rh.example.ch>",
    reply_to="Mélanie Clerc <melanie.clerc@horizon-rh.example.ch>",
    subject="Horizon RH – confirmation de votre inscription",
    name_enc=("iso-8859-1", "Q"),
    text="""Bonjour Madame Achour-Lindgren,

Votre inscription en ligne chez Horizon RH est confirmée. Votre dossier a été attribué à
Mélanie Clerc, conseillère en personnel à l'agence de Fribourg, qui vous contactera
prochainement pour un premier entretien.

Pour toute question, répondez simplement à ce message : il sera transmis à votre
conseillère.

Horizon RH Sàrl - Bd de Pérolles 21 - 1700 Fribourg
""",
    charset="iso-8859-1", cte="quoted-printable",
))

_TEL_ACK = """Bonjour Séverine,

Merci pour votre candidature au poste de Team Leader Service clients (Lausanne-Flon).

Nous l'avons bien reçue et la lirons avec attention. Le délai de traitement est
généralement de deux à trois semaines.

Vous pouvez suivre son statut dans votre espace candidat SmartRecruiters.

L'équipe Talent de Telvaud
"""

add(dict(
    kind=ACK, slug="telvaud_smartrecruiters_received", lang="fr", key="tel_ack",
    company="Telvaud", contact="",
    date="2026-06-03 06:12", tz="+0000",
    frm="Telvaud <noreply@smartrecruiters.com>",
    subject="Nous avons bien reçu votre candidature",
    text=_TEL_ACK, html=ats_card("Telvaud", "#5b2a86", paras(_TEL_ACK),
                                 "Envoyé par SmartRecruiters au nom de Telvaud SA."),
    cte="base64",
))

add(dict(
    kind=ACK, slug="ocv_e_recrutement_reference", lang="fr", key="ocv_ack",
    company="Office cantonal des véhicules", contact="",
    date="2026-04-01 23:08",
    frm="E-recrutement Etat de Genève <ne-pas-repondre@etat-ge.example.ch>",
    subject="Accusé de réception – OCV-2026-014",
    text="""Madame,

Votre dossier de candidature pour le poste « Responsable d'équipe guichet et centre
d'appels » à l'Office cantonal des véhicules a été enregistré sous la référence
OCV-2026-014-0087.

Les candidatures sont examinées après la date de clôture de l'annonce (15 avril 2026).
Vous serez informée par écrit de la suite de la procédure.

Ceci est un message automatique. Merci de ne pas y répondre.

République et canton de Genève – Office du personnel de l'État
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== acknowledgements — German

_LIM_ACK = """Guten Tag Frau Achour-Lindgren

Vielen Dank für Ihre Bewerbung als Teamleiterin Kundendienst Privatkunden (Job-ID 48812).

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
uns innert zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr Recruiting-Team der Limmat Versicherungen
"""

add(dict(
    kind=ACK, slug="limmat_successfactors_eingang", lang="de", key="lim_ack",
    company="Limmat Versicherungen", contact="",
    date="2026-03-02 07:33", tz="+0000",
    frm="Limmat Versicherungen Karriere <noreply@successfactors.eu>",
    subject="Eingangsbestätigung Ihrer Bewerbung – Job-ID 48812",
    text=_LIM_ACK, html=ats_card("Limmat Versicherungen", "#004b87", paras(_LIM_ACK),
                                 "Dies ist eine automatisch generierte E-Mail."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_SEE_ACK = """Guten Tag Frau Achour-Lindgren

Herzlichen Dank für Ihre Bewerbung als Teamleiterin Kundenservice & Reklamationen. Wir
haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei Ihnen.

Freundliche Grüsse
Warenhaus Seefeld – Recruiting
"""

add(dict(
    kind=ACK, slug="seefeld_personio_erhalten", lang="de", key="see_ack",
    company="Warenhaus Seefeld", contact="",
    date="2026-06-29 16:02", tz="+0000",
    frm="Warenhaus Seefeld <no-reply@personio.de>",
    subject="Wir haben Ihre Bewerbung erhalten",
    text=_SEE_ACK, html=ats_card("Warenhaus Seefeld", "#2f6f4f", paras(_SEE_ACK),
                                 "Diese Nachricht wurde über Personio versendet."),
))

add(dict(
    kind=ACK, slug="kaderwerk_registrierung", lang="de", key="kad_reg",
    company="Kaderwerk Personal", contact="marco.huber@kaderwerk.example.ch",
    date="2026-02-03 12:40",
    frm="Marco Huber <marco.huber@kaderwerk.example.ch>",
    subject="Ihre Registrierung bei Kaderwerk Personal",
    text="""Hallo Frau Achour-Lindgren

Danke für das angenehme Telefonat von heute Morgen. Hiermit bestätige ich Ihnen, dass Ihr
Dossier bei uns registriert ist – CV, Zeugnisse und Sprachnachweis sind vollständig.

Wie besprochen suche ich für Sie Teamleitungsstellen im Kundendienst im Raum Zürich,
vorzugsweise in Versicherungen, Telekom und Detailhandel. Ihr Dossier geht nur mit Ihrem
Einverständnis an einen Kunden.

Beste Grüsse
Marco Huber
Senior Consultant
Kaderwerk Personal AG | Löwenstrasse 29 | 8001 Zürich
+41 44 555 90 27
""",
))

_AMT_ACK = """Sehr geehrte Frau Achour-Lindgren

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Teamleiterin Kundenzentrum
(80-100 %).

Die Auswahl erfolgt nach Ablauf der Bewerbungsfrist am 30. April 2026. Aufgrund der
grossen Zahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen abzusehen; wir
können leider nicht jede Anfrage einzeln beantworten. Sie erhalten in jedem Fall Bescheid.

Freundliche Grüsse
Personaldienst, Amt für Bürgerdienste Kanton Zürich
"""

add(dict(
    kind=ACK, slug="amt_softgarden_eingangsbestaetigung", lang="de", key="amt_ack",
    company="Amt für Bürgerdienste Kanton Zürich", contact="",
    date="2026-04-13 15:20", tz="+0000",
    frm="Amt für Bürgerdienste Kanton Zürich <noreply@softgarden.io>",
    subject="Eingangsbestätigung: Teamleiterin Kundenzentrum",
    text=_AMT_ACK, html=ats_card("Kanton Zürich – Amt für Bürgerdienste", "#0076bd",
                                 paras(_AMT_ACK), "Versendet über softgarden."),
    cte="base64",
))

# ================================================================== acknowledgements — English

_ALP_ACK = """Hi Séverine,

Thanks for applying to Alpavia! We've received your application for Customer Service Team
Lead (Zurich Airport).

Our talent team reviews every application personally. If your background is a match,
we'll reach out to arrange next steps.

Safe travels,
The Alpavia Talent Team
"""

add(dict(
    kind=ACK, slug="alpavia_lever_received", lang="en", key="alp_ack",
    company="Alpavia", contact="",
    date="2026-04-07 18:12", tz="+0000",
    frm="Alpavia <no-reply@hire.lever.co>",
    subject="Thanks for applying to Alpavia",
    text=_ALP_ACK, html=ats_card("Alpavia Careers", "#c8102e", paras(_ALP_ACK),
                                 "Sent with Lever on behalf of Alpavia."),
))

_NAV_ACK = """Dear Séverine Achour-Lindgren,

Thank you for your application for the position of Customer Care Team Lead - Milan Hub
(Requisition 2026-1184).

This email confirms that we have received your application. A member of our talent
acquisition team will review it, and you can check its status at any time in our
candidate portal.

Regards,
Navigli Telecom Talent Acquisition
"""

add(dict(
    kind=ACK, slug="navigli_icims_confirmation", lang="en", key="nav_ack",
    company="Navigli Telecom", contact="",
    date="2026-06-01 10:47", tz="+0000",
    frm="Navigli Telecom Careers <careers-noreply@icims.com>",
    subject="Application confirmation: Customer Care Team Lead - Milan Hub",
    text=_NAV_ACK, html=ats_card("Navigli Telecom", "#ff6a13", paras(_NAV_ACK),
                                 "Please do not reply to this automated message."),
    cte="quoted-printable",
))

_SIHL_ACK = """Hi Séverine,

Thank you for your interest in the Customer Support Team Lead position at Sihl Mobile.
We've got your application and our hiring team will take a look soon.

Best,
Sihl Mobile People Team
"""

add(dict(
    kind=ACK, slug="sihl_bamboohr_got_it", lang="en", key="sihl_ack",
    company="Sihl Mobile", contact="",
    date="2026-09-07 08:36", tz="+0000",
    frm="Sihl Mobile <notifications@bamboohr.com>",
    subject="We received your application - Customer Support Team Lead",
    text=_SIHL_ACK, html=ats_card("Sihl Mobile", "#e2007a", paras(_SIHL_ACK),
                                  "Sent via BambooHR."),
))

_JET_ACK = """Hi Séverine,

We've received your application for Customer Service Team Lead (Geneva Airport). Thank you
for thinking of Jetlane!

What happens next: our recruiters review applications within 10 working days. If there's
a fit, Priya will be in touch to set up a first conversation.

Jetlane Talent Team
"""

add(dict(
    kind=ACK, slug="jetlane_ashby_received", lang="en", key="jet_ack",
    company="Jetlane", contact="",
    date="2026-08-31 21:15", tz="+0000",
    frm="Jetlane Talent <no-reply@ashbyhq.com>",
    subject="Application received - Jetlane",
    text=_JET_ACK, html=ats_card("Jetlane", "#003a70", paras(_JET_ACK), "Powered by Ashby"),
    cte="quoted-printable",
))

_QB_ACK = """Hello Séverine,

Thank you for applying for the Customer Service Team Lead role at Quaibank. We have
received your application.

Unfortunately, because of the number of applications we receive, we cannot reply to every
applicant individually. If your profile matches what we are looking for, a member of our
team will contact you within three weeks.

Quaibank Talent Team
"""

add(dict(
    kind=ACK, slug="quaibank_lever_cannot_reply_individually", lang="en", key="qb_ack",
    company="Quaibank", contact="",
    date="2026-08-24 11:03", tz="+0000",
    frm="Quaibank <no-reply@hire.lever.co>",
    subject="Your application to Quaibank",
    text=_QB_ACK, html=ats_card("Quaibank", "#0f2c4c", paras(_QB_ACK), "Sent with Lever."),
    cte="base64",
))

# ================================================================== acknowledgements — Spanish

_RET_ACK = """Hola, Séverine:

¡Gracias por tu candidatura a Responsable de Equipo de Atención al Cliente en Seguros
Retiro!

La hemos recibido correctamente. Nuestro equipo de Selección revisará tu perfil y, si
encaja con lo que buscamos, te contactaremos para los siguientes pasos.

Saludos,
Equipo de Selección de Seguros Retiro
"""

add(dict(
    kind=ACK, slug="retiro_workable_recibida", lang="es", key="ret_ack",
    company="Seguros Retiro", contact="",
    date="2026-05-04 17:44", tz="+0000",
    frm="Seguros Retiro <noreply@workablemail.com>",
    subject="Gracias por tu candidatura – Seguros Retiro",
    text=_RET_ACK, html=ats_card("Seguros Retiro", "#2b4c7e", paras(_RET_ACK),
                                 "Enviado con Workable."),
))

_BCA_ACK = """Estimada Séverine:

Hemos recibido su candidatura para el puesto de Responsable de Equipo de Banca a
Distancia. Gracias por su interés en Banco Castellana.

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma
individual a cada candidatura. Si su perfil se ajusta a lo que buscamos, nos pondremos en
contacto con usted en las próximas semanas.

Atentamente,
Equipo de Selección de Banco Castellana
"""

add(dict(
    kind=ACK, slug="castellana_smartrecruiters_no_individual_reply", lang="es", key="bca_ack",
    company="Banco Castellana", contact="",
    date="2026-09-01 08:20", tz="+0000",
    frm="Banco Castellana <noreply@smartrecruiters.com>",
    subject="Hemos recibido su candidatura",
    text=_BCA_ACK, html=ats_card("Banco Castellana", "#8a6d1d", paras(_BCA_ACK),
                                 "Enviado por SmartRecruiters."),
    cte="quoted-printable",
))

# ================================================================== offers

add(dict(
    kind=OFFER, slug="lemantel_offer_letter_pdf", lang="fr", key="lem_offer",
    company="Lémantel", contact="caroline.dufresne@lemantel.example.ch",
    date="2026-03-16 17:05",
    frm="Caroline Dufresne <caroline.dufresne@lemantel.example.ch>",
    subject="Proposition d'engagement – Responsable d'équipe Service clients",
    cte="quoted-printable",
    text="""Bonjour Madame Achour-Lindgren,

À la suite de vos entretiens avec moi-même puis avec M. Gaëtan Python, directeur du
Service clients, j'ai le grand plaisir de vous proposer le poste de Responsable d'équipe
Service clients sur notre site des Acacias.

Vous trouverez en pièce jointe notre lettre d'offre, qui précise les conditions : taux
d'activité de 100 %, salaire annuel brut de CHF 88'400.– versé en 13 mensualités, cinq
semaines de vacances et une entrée en fonction au 1er mai 2026 ou à convenir.

Nous vous remercions de nous faire part de votre décision d'ici au lundi 23 mars. Je reste
bien sûr disponible pour en parler par téléphone.

Dans l'espoir de vous compter bientôt parmi nous,

Caroline Dufresne
Talent Acquisition Specialist
Lémantel SA – Route des Acacias 45, 1227 Les Acacias
T +41 22 555 71 30
""",
    pdfs=[dict(filename="Lettre_offre_Lemantel_Achour-Lindgren.pdf",
               title="Lettre d'offre",
               lines=["Lémantel – Ressources humaines, Route des Acacias 45, 1227 Les Acacias",
                      "Madame Séverine Achour-Lindgren",
                      "Fonction : Responsable d'équipe Service clients",
                      "Taux : 100 % – Salaire annuel brut : CHF 88'400.– (13 x)",
                      "Entrée en fonction : 1er mai 2026 ou à convenir",
                      "Validité de l'offre : 23 mars 2026"])],
))

add(dict(
    kind=OFFER, slug="mutuelle_verbal_offer_followup", lang="fr", key="mut_offer",
    parent="mut_move",
    company="Mutuelle Léman Santé", contact="aurelie.cuenod@mutuelle-leman.example.ch",
    date="2026-05-12 16:40",
    frm="Aurélie Cuénod <aurelie.cuenod@mutuelle-leman.example.ch>",
    subject="Suite à notre appel – votre engagement à la Mutuelle Léman Santé",
    text="""Chère Madame Achour-Lindgren,

Comme je vous l'ai annoncé au téléphone tout à l'heure, nous avons le plaisir de vous
proposer le poste de cheffe d'équipe Service aux assurés. Votre matinée d'immersion a
convaincu toute l'équipe, et M. Dind en particulier.

Pour mémoire, les conditions dont nous avons parlé :
– taux d'activité de 90 % ;
– salaire annuel brut de CHF 81'000.–, versé en 13 mensualités ;
– entrée en fonction le 1er juillet 2026 ou à convenir.

Le contrat vous parviendra par courrier d'ici la fin de la semaine. Pourriez-vous d'ici là
me confirmer votre accord de principe par retour de courriel ?

Au plaisir de vous accueillir,

Aurélie Cuénod
Responsable recrutement
Mutuelle Léman Santé
021 555 32 70
""",
))

add(dict(
    kind=OFFER, slug="agency_client_wants_offer", lang="fr", key="li_offer",
    company="Maison Dufaux", contact="j.mottier@leman-interim.example.ch",
    date="2026-03-24 11:58",
    frm="Julien Mottier <j.mottier@leman-interim.example.ch>",
    subject="Maison Dufaux veut vous faire une offre !",
    text="""Séverine,

Je sors d'un appel avec Maison Dufaux : le client veut vous faire une offre pour le poste
de responsable du service clientèle du magasin de la rue du Marché !

Ce qu'ils proposent : un contrat fixe à 100 %, CHF 6'450.– brut par mois x 13, une remise
collaborateur de 25 % et une entrée au 1er mai. Ils aimeraient une réponse d'ici jeudi.

Appelez-moi dès que vous pouvez pour qu'on en parle – on peut encore négocier un peu sur
la date d'entrée si vous avez un préavis.

Julien
--
Julien Mottier | Léman Intérim SA | +41 22 555 86 14
""",
))

_PER_TEXT = """Madame,

Nous avons le plaisir de vous faire parvenir votre contrat de travail pour le poste de
Responsable d'équipe du Centre de conseil à la clientèle, conformément à notre entretien
du 2 octobre.

Le document est prêt à être signé électroniquement : il vous suffit de cliquer sur le lien
ci-dessous et de suivre les étapes. Le lien reste valable 14 jours.

https://sign.banque-perolles.example.ch/envelope/5f8c21d0

Une fois le contrat signé par vos soins, vous recevrez une copie contresignée par la
direction ainsi que les informations pour votre premier jour, le 1er décembre 2026.

Nous nous réjouissons de votre arrivée.

Avec nos meilleures salutations

Nathalie Overney
Ressources humaines
Banque Pérolles SA
Boulevard de Pérolles 40, 1700 Fribourg – 026 555 71 11

Ce message peut contenir des informations confidentielles. Banque Pérolles SA n'accepte
aucun ordre transmis par courrier électronique.
"""

add(dict(
    kind=OFFER, slug="perolles_contract_esignature", lang="fr", key="per_offer",
    company="Banque Pérolles", contact="nathalie.overney@banque-perolles.example.ch",
    date="2026-10-08 14:10",
    frm="Nathalie Overney <nathalie.overney@banque-perolles.example.ch>",
    subject="Votre contrat de travail à signer – Banque Pérolles",
    text=_PER_TEXT, html=outlook_html(mso(_PER_TEXT)), cte="base64",
))

add(dict(
    kind=OFFER, slug="fourviere_promesse_embauche", lang="fr", key="fou_offer",
    parent="fou_inv",
    company="Assurances Fourvière", contact="helene.garnier@fourviere-assurances.example.fr",
    date="2026-09-22 10:30",
    frm="Hélène Garnier <helene.garnier@fourviere-assurances.example.fr>",
    subject="Votre promesse d'embauche – Responsable d'équipe Centre de relation clients",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Madame Achour-Lindgren,

Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer notre
proposition pour le poste de Responsable d'équipe – Centre de relation clients à Lyon 2e.

Vous trouverez ci-joint la promesse d'embauche reprenant les éléments convenus : CDI,
statut agent de maîtrise, rémunération annuelle brute de 38 500 € sur 13 mois, prise de
poste le 2 novembre 2026.

Merci de nous la retourner signée avant le 29 septembre.

Toute l'équipe se réjouit de vous accueillir.

Cordialement,

Hélène Garnier
Chargée de recrutement
Assurances Fourvière – 12 quai Rambaud, 69002 Lyon
""",
    pdfs=[dict(filename="Promesse_embauche_AF-26-0931.pdf", title="Promesse d'embauche",
               lines=["Assurances Fourvière – 12 quai Rambaud, 69002 Lyon",
                      "Madame Séverine Achour-Lindgren",
                      "Poste : Responsable d'équipe – Centre de relation clients",
                      "Contrat : CDI, statut agent de maîtrise",
                      "Rémunération : 38 500 € bruts annuels sur 13 mois",
                      "Date de prise de poste : 2 novembre 2026"])],
))

add(dict(
    kind=OFFER, slug="kaderwerk_client_glattal_offer", lang="de", key="kad_offer",
    company="Glattal Telekom", contact="marco.huber@kaderwerk.example.ch",
    date="2026-03-30 12:25",
    frm="Marco Huber <marco.huber@kaderwerk.example.ch>",
    subject="Glattal Telekom möchte Ihnen ein Angebot machen",
    cte="quoted-printable",
    text="""Hallo Frau Achour-Lindgren

Gute Nachrichten: Frau Gisler hat mich eben angerufen – Glattal Telekom möchte Ihnen ein
Angebot als Teamleiterin Customer Operations machen!

Die Eckdaten: 100 %, CHF 92'000 brutto pro Jahr (13 Monatslöhne), Eintritt per 1. Juni,
zwei Homeoffice-Tage pro Woche. Der Vertrag kommt direkt von Glattal Telekom, sobald Sie
mündlich zugesagt haben.

Haben Sie heute Nachmittag kurz Zeit für ein Telefonat? Dann gehen wir alles zusammen
durch.

Beste Grüsse
Marco Huber
Kaderwerk Personal AG | +41 44 555 90 27
""",
))

add(dict(
    kind=OFFER, slug="amt_anstellungsangebot_pdf", lang="de", key="amt_offer",
    parent="amt_inv",
    company="Amt für Bürgerdienste Kanton Zürich", contact="daniela.frei@zh.example.ch",
    date="2026-06-10 15:45",
    frm="Daniela Frei <daniela.frei@zh.example.ch>",
    subject="Stellenangebot Teamleiterin Kundenzentrum",
    subj_enc=("utf-8", "B"),
    text="""Sehr geehrte Frau Achour-Lindgren

Wir freuen uns, Ihnen die Stelle als Teamleiterin Kundenzentrum (90 %) anbieten zu dürfen.
Die Gesprächspartnerinnen und -partner waren von Ihrer Art, auf Menschen zuzugehen,
überzeugt.

Im beiliegenden Angebot finden Sie die Einreihung (Lohnklasse 15, Erfahrungsstufe 4), den
vorgesehenen Stellenantritt am 1. September 2026 und die weiteren Anstellungsbedingungen.
Bitte teilen Sie uns bis am 19. Juni 2026 mit, ob Sie das Angebot annehmen; anschliessend
erhalten Sie die Verfügung zur Anstellung.

Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Daniela Frei
HR-Fachfrau
Amt für Bürgerdienste Kanton Zürich
Telefon 043 555 11 64
""",
    pdfs=[dict(filename="Anstellungsangebot_Teamleitung_Kundenzentrum.pdf",
               title="Anstellungsangebot",
               lines=["Amt für Bürgerdienste Kanton Zürich – Personaldienst",
                      "Frau Séverine Achour-Lindgren",
                      "Funktion: Teamleiterin Kundenzentrum, Pensum 90 %",
                      "Einreihung: Lohnklasse 15, Erfahrungsstufe 4",
                      "Stellenantritt: 1. September 2026",
                      "Annahmefrist: 19. Juni 2026"])],
))

add(dict(
    kind=OFFER, slug="alpavia_offer_pdf", lang="en", key="alp_offer",
    company="Alpavia", contact="hannah.whitcombe@alpavia.example.ch",
    date="2026-05-26 15:20",
    frm="Hannah Whitcombe <hannah.whitcombe@alpavia.example.ch>",
    subject="Your offer from Alpavia - Customer Service Team Lead",
    text="""Dear Séverine,

Following your interview with Daniel on 7 May and your conversation with our Director of
Customer Experience last week, I'm delighted to offer you the position of Customer
Service Team Lead at Zurich Airport.

Your offer letter is attached. In short: a permanent contract at 100%, an annual gross
salary of CHF 95,000 paid in 13 instalments, staff travel benefits from day one and a
start date of 1 August 2026.

Please let me know by 5 June whether you accept, or if you'd like to discuss anything.

Congratulations - we're really looking forward to having you on board.

Best wishes,
Hannah Whitcombe
Talent Acquisition Lead, Alpavia
Obstgartenstrasse 21, 8058 Zurich-Airport
""",
    cte="quoted-printable",
    pdfs=[dict(filename="Alpavia_Offer_Letter_S_Achour-Lindgren.pdf", title="Offer of employment",
               lines=["Alpavia - Obstgartenstrasse 21, 8058 Zurich-Airport",
                      "Ms Séverine Achour-Lindgren",
                      "Position: Customer Service Team Lead, Zurich Airport",
                      "Salary: CHF 95,000 gross per year (13 instalments)",
                      "Start date: 1 August 2026",
                      "Please confirm your acceptance by 5 June 2026."])],
))

add(dict(
    kind=OFFER, slug="navigli_verbal_offer_contract", lang="en", key="nav_offer",
    company="Navigli Telecom", contact="giulia.ferraro@naviglitelecom.example.it",
    date="2026-07-02 17:55",
    frm="Giulia Ferraro <giulia.ferraro@naviglitelecom.example.it>",
    subject="Following up on our call - your offer",
    text="""Hi Séverine,

It was lovely to share the news with you on the phone this afternoon! Just to put it in
writing: we'd like to offer you the Customer Care Team Lead role in our Milan hub.

As discussed: permanent contract, EUR 52,000 gross per year, relocation support of
EUR 4,000 and a start date of 1 September.

You'll receive the contract for electronic signature tomorrow from our HR system. If you
have any questions before signing, call me any time.

Welcome (almost) to Navigli!
Giulia

Giulia Ferraro
Talent Partner | Navigli Telecom
+39 02 5550 7781
""",
))

add(dict(
    kind=OFFER, slug="retiro_carta_oferta", lang="es", key="ret_offer",
    company="Seguros Retiro", contact="lucia.navarro@segurosretiro.example.es",
    date="2026-06-15 11:30",
    frm="Lucía Navarro <lucia.navarro@segurosretiro.example.es>",
    subject="Oferta de empleo – Responsable de Equipo Atención al Cliente",
    cte="quoted-printable",
    text="""Hola, Séverine:

¡Enhorabuena! Tras las entrevistas con Ramón y con la dirección, queremos ofrecerte el
puesto de Responsable de Equipo de Atención al Cliente en Madrid.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 42.000 € brutos
anuales en 14 pagas, 23 días laborables de vacaciones e incorporación el 1 de septiembre.

Te agradeceríamos una respuesta antes del 22 de junio. Si quieres, te llamo para
resolver cualquier duda.

Un abrazo,
Lucía Navarro
Técnica de Selección – Seguros Retiro
""",
    pdfs=[dict(filename="Carta_oferta_Seguros_Retiro.pdf", title="Carta de oferta",
               lines=["Seguros Retiro – Paseo de la Castellana 140, 28046 Madrid",
                      "Séverine Achour-Lindgren",
                      "Puesto: Responsable de Equipo de Atención al Cliente",
                      "Contrato indefinido – 42.000 euros brutos anuales, 14 pagas",
                      "Incorporación: 1 de septiembre de 2026"])],
))
