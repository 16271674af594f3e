# ruff: noqa
"""Corpus 152: `application_received` (21: fr 10, en 5, es 3, de 3) and `offer`
(10: fr 5, en 2, es 1, de 2). All hand-written."""

from __future__ import annotations

import msgs152_common as C

Y = C.CANDIDATE
MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


ACK = "application_received"
OFF = "offer"

# ============================================================================ received, fr (10)

t = """Bonjour Yanis,

Merci d'avoir postulé au poste d'Agent(e) documentation export – Fos chez Calanques Lines.

Votre candidature a bien été enregistrée et sera étudiée par notre équipe dans les prochaines semaines. Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat ; si votre profil est retenu pour la suite du processus, un membre de l'équipe vous contactera.

Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre espace candidat.

L'équipe Talents – Calanques Lines"""
add(kind=ACK, slug="calanques_workday_received", company="Calanques Lines", contact="",
    lang="fr", date="2026-01-14 22:17 +0100", thread="calanques",
    frm=("Calanques Lines Recrutement", "calanqueslines@myworkday.com"),
    subject="Nous avons bien reçu votre candidature (R-10482)",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text=t, html=C.ats_card("Calanques Lines", C.paras(t),
                            "Ce message a été envoyé automatiquement par Workday.",
                            color="#00546b"),
    cte="quoted-printable", html_cte="base64")

t = """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Déclarant(e) en douane – Le Havre (réf. SEL-2026-014) et vous remercions de l'intérêt que vous portez à Seine Estuaire Logistique.

Votre dossier sera examiné avec attention. Sans retour de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Service Recrutement
Seine Estuaire Logistique

Merci de ne pas répondre à ce message automatique."""
add(kind=ACK, slug="seine_acknowledgement", company="Seine Estuaire Logistique", contact="",
    lang="fr", date="2026-01-20 08:02 +0100", thread="seine",
    frm=("Seine Estuaire Logistique", "ne-pas-repondre@seine-estuaire.example.fr"),
    subject="Accusé de réception – Déclarant(e) en douane (SEL-2026-014)",
    subj_enc="utf-8:B",
    headers=[("Auto-Submitted", "auto-replied")],
    text=t, charset="windows-1252", cte="quoted-printable")

t = """Bonjour Yanis,

Suite à notre rendez-vous de ce matin à l'agence, je vous confirme votre inscription chez Intérim Horizon Sud.

Votre dossier est complet (CV, pièce d'identité, attestation de sécurité sociale, CACES 3 en cours de validité). Je l'ai positionné sur les métiers suivants : agent de transit, déclarant en douane, assistant logistique portuaire.

Vous pouvez télécharger l'application Horizon Sud pour consulter les missions et déposer vos relevés d'heures.

À très vite,
Samia Belkacem
Consultante Transport & Logistique
Intérim Horizon Sud – Agence Marseille Joliette
04 91 56 23 40"""
add(kind=ACK, slug="horizon_registration", company="Intérim Horizon Sud",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-01-08 11:00 +0100", thread="horizon",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Confirmation de votre inscription – Intérim Horizon Sud",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour Yanis,

Merci pour votre intérêt pour Maison Vaillard ! Nous avons bien reçu votre candidature au poste de Chargé(e) conformité import (Lyon).

Notre équipe va l'étudier avec attention. Si votre profil correspond à nos besoins, nous reviendrons vers vous pour convenir d'un premier échange.

Belle journée,
L'équipe Talents de Maison Vaillard"""
add(kind=ACK, slug="vaillard_greenhouse_thanks", company="Maison Vaillard", contact="",
    lang="fr", date="2026-02-16 07:58 +0000", thread="vaillard",
    frm=("Maison Vaillard", "no-reply@greenhouse-mail.io"),
    subject="Merci pour votre candidature chez Maison Vaillard",
    html=C.ats_card("Maison Vaillard", C.paras(t), "Powered by Greenhouse", color="#3a3a3a"),
    html_cte="quoted-printable")

t = """Bonjour,

Nous vous confirmons la bonne réception de votre candidature pour l'offre 26-0319 « Agent de transit aérien export H/F ».

Référence de votre candidature : LAF-88213

Cet e-mail est généré automatiquement ; aucune réponse ne pourra être traitée.

Lyon Air Fret – Direction des ressources humaines"""
add(kind=ACK, slug="lyonairfret_taleo_received", company="Lyon Air Fret", contact="",
    lang="fr", date="2026-03-06 11:47 -0500",
    frm=("Lyon Air Fret", "lyonairfret@taleo.net"),
    subject="Confirmation de candidature - Offre 26-0319",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text=t, cte="base64")

t = """Monsieur,

L'Office cantonal du commerce extérieur accuse réception de votre dossier de candidature pour le poste de spécialiste en commerce extérieur et contrôle des exportations (classe 16, 100 %).

Numéro de dossier : OCCE-RH-2026-0457

Le délai de postulation échoit le 13 mars 2026. Les candidat-e-s retenu-e-s pour la suite de la procédure seront convoqué-e-s par écrit.

Office cantonal du commerce extérieur – Ressources humaines
Rue de l'Hôtel-de-Ville 11 – 1204 Genève

Ce message est envoyé automatiquement. Merci de ne pas y répondre."""
add(kind=ACK, slug="occe_dossier_number", company="Office cantonal du commerce extérieur",
    contact="", lang="fr", date="2026-03-05 10:30 +0100", thread="occe",
    frm=("OCCE – Ressources humaines", "ne-pas-repondre@occe.example.ch"), frm_enc="utf-8:B",
    subject="Accusé de réception de votre candidature – OCCE-RH-2026-0457",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour Yanis,

Merci d'avoir postulé au poste de Coordinateur import & conformité chez Bazaar Léman.

Nous avons bien reçu votre dossier. Notre équipe RH examine chaque candidature avec attention et reviendra vers vous dès que possible.

Cordialement,
Bazaar Léman"""
add(kind=ACK, slug="bazaar_bamboo_received", company="Bazaar Léman", contact="",
    lang="fr", date="2026-03-30 18:05 -0600",
    frm=("Bazaar Léman", "no-reply@bamboohr.com"), frm_enc="iso-8859-1:B",
    subject="Merci de votre intérêt pour Bazaar Léman",
    subj_enc="iso-8859-1:B",
    text=t, html=C.ats_card("Bazaar Léman", C.paras(t), "Powered by BambooHR",
                            color="#73a533"),
    cte="quoted-printable")

old = """Monsieur Marchetti,

Déclarant en douane en devenir, actuellement agent de pointage au terminal conteneurs de Mourepiane, je me permets de vous adresser ma candidature pour le poste de déclarant que vous avez publié sur le site de l'Union des commissionnaires.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous présenter ma motivation lors d'un entretien.

Bien cordialement,
Yanis Haddad-Lefort"""
new = """Bonjour Monsieur Haddad-Lefort,

Bien reçu votre CV, merci. Je le transmets à notre chef de service, Mme Lucchesi, qui gère ce recrutement. Elle reviendra vers vous d'ici la fin de la semaine prochaine.

Cordialement,

Gilles Marchetti
Directeur
Transit Vieux-Port
12 quai de Rive-Neuve – 13007 Marseille
04 91 33 58 02"""
add(kind=ACK, slug="vieuxport_cv_received", company="Transit Vieux-Port",
    contact="gilles.marchetti@transit-vieuxport.example.fr", lang="fr",
    date="2026-08-04 09:10 +0200", thread="vieuxport",
    frm=("Gilles Marchetti", "gilles.marchetti@transit-vieuxport.example.fr"),
    subject="RE: Candidature – poste de déclarant en douane",
    subj_enc="utf-8:Q",
    text=C.reply(new, "fr", "lun. 3 août 2026 à 22:41", Y[0], Y[1], old),
    cte="quoted-printable")

t = """Bonjour Yanis,

Bienvenue chez Adequa Intérim ! Votre inscription en ligne est validée.

Votre conseiller référent est Thomas Giraud (agence Lyon Part-Dieu). Il vous contactera pour faire le point sur vos compétences et vos disponibilités. Vous pouvez aussi lui répondre directement à ce message.

Pensez à compléter votre profil : plus il est précis, plus nous pourrons vous proposer des missions adaptées.

L'équipe Adequa Intérim"""
add(kind=ACK, slug="adequa_online_registration", company="Adequa Intérim",
    contact="t.giraud@adequa-interim.example.fr", lang="fr",
    date="2026-05-27 20:30 +0200",
    frm=("Adequa Intérim", "ne-pas-repondre@adequa-interim.example.fr"), frm_enc="utf-8:Q",
    reply_to=("Thomas Giraud", "t.giraud@adequa-interim.example.fr"),
    subject="Bienvenue ! Votre inscription est confirmée",
    text=t, html=C.ats_card("Adequa Intérim", C.paras(t),
                            "Vous recevez cet e-mail suite à votre inscription sur notre site.",
                            color="#6c2dc7"),
    cte="quoted-printable")

t = """Bonjour Monsieur Haddad-Lefort,

Nous accusons bonne réception de votre candidature pour le poste de déclarant en douane et vous en remercions.

Nous étudierons votre dossier dans les meilleurs délais et prendrons contact avec vous pour un éventuel entretien téléphonique.

Salutations distinguées,

Luc Delvaux
Responsable d'agence
Anvers Douane Services
Tél. +32 3 568 14 02"""
add(kind=ACK, slug="anvers_bonne_reception", company="Anvers Douane Services",
    contact="luc.delvaux@anvers-douane.example.be", lang="fr",
    date="2026-02-11 16:12 +0100", thread="anvers",
    frm=("Luc Delvaux", "luc.delvaux@anvers-douane.example.be"),
    subject="Votre candidature – déclarant en douane",
    subj_enc="utf-8:Q",
    text=t, charset="iso-8859-1", cte="base64")

# ============================================================================ received, en (5)

t = """Hi Yanis,

Thanks for applying to Lémanis Trading! We've received your application for Trade Compliance Associate and our team will be reviewing it shortly.

If your experience is a match, we'll be in touch about next steps.

Best,
The Lémanis Trading Team"""
add(kind=ACK, slug="lemanis_lever_thanks", company="Lémanis Trading", contact="",
    lang="en", date="2026-02-02 17:31 +0000", thread="lemanis",
    frm=("Lémanis Trading", "no-reply@hire.lever.co"), frm_enc="iso-8859-1:Q",
    subject="Thanks for applying to Lémanis Trading",
    subj_enc="iso-8859-1:Q",
    text=t, html=C.ats_card("Lémanis Trading", C.paras(t), "Sent with Lever", lang="en",
                            color="#222222"),
    cte="quoted-printable")

t = """Dear Yanis,

Thank you for your application for the position of Junior Customs Broker at Kaaien Customs. We confirm that we have received it.

Our recruitment team is currently reviewing all applications. You can check the status of your application at any time in your SmartRecruiters candidate profile.

Kind regards,
Kaaien Customs"""
add(kind=ACK, slug="kaaien_smartrecruiters_confirm", company="Kaaien Customs", contact="",
    lang="en", date="2026-03-03 08:16 +0100", thread="kaaien",
    frm=("Kaaien Customs", "no-reply@smartrecruiters.com"),
    subject="We have received your application - Junior Customs Broker",
    headers=[("Auto-Submitted", "auto-generated")],
    html=C.ats_card("Kaaien Customs", C.paras(t),
                    "This email was sent via SmartRecruiters. Please do not reply.",
                    lang="en", color="#e4572e"))

t = """Dear Yanis Haddad-Lefort,

Thank you for applying for the Export Documentation Specialist position (Req 4471) at Scheldt Forwarding.

Your application has been successfully submitted. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If your qualifications match our requirements, a member of our recruiting team will contact you.

Thank you again for your interest in Scheldt Forwarding.

Scheldt Forwarding Talent Acquisition
Please do not reply to this message; this mailbox is not monitored."""
add(kind=ACK, slug="scheldt_icims_unable_to_reply", company="Scheldt Forwarding", contact="",
    lang="en", date="2026-02-23 04:12 -0500", thread="scheldt",
    frm=("Scheldt Forwarding Careers", "scheldtforwarding@icims.com"),
    subject="Application Received - Export Documentation Specialist (Req 4471)",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text=t, html=C.ats_card("Scheldt Forwarding", C.paras(t), "Powered by iCIMS", lang="en",
                            color="#005f73"),
    cte="base64")

t = """Hi Yanis,

Thanks for applying for the Customs Data Analyst role at Tidewater Trade Tech! We've got your application and the hiring team will review it over the coming days.

In the meantime, feel free to check out our engineering and product blog to learn more about how we're rebuilding customs filing for the EU's new data hub.

The Tidewater Talent Team"""
add(kind=ACK, slug="tidewater_ashby_received", company="Tidewater Trade Tech", contact="",
    lang="en", date="2026-05-11 12:44 +0000", thread="tidewater",
    frm=("Tidewater Trade Tech Hiring Team", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Tidewater Trade Tech!",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Tidewater Trade Tech", C.paras(t), "Sent via Ashby", lang="en",
                            color="#4338ca"))

old = """Hi Oliver,

Thanks for reaching out. Please find my CV attached - I'm open to customs and trade compliance roles in Antwerp, Hamburg or Geneva.

Best regards,
Yanis"""
new = """Hi Yanis,

Thanks for sending that over so quickly - CV received and you're now registered with us at Harbourline.

I'll read it properly tonight and give you a ring on Friday to talk through what you're looking for, salary expectations and notice period.

Speak soon,
Oliver

Oliver Grant
Principal Consultant - Trade & Customs
Harbourline Search
+44 20 7946 0312"""
add(kind=ACK, slug="harbourline_cv_registered", company="Harbourline Search",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-04-03 13:26 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Re: Trade compliance roles - Antwerp / Hamburg",
    text=C.reply(new, "en", "Fri, 3 Apr 2026 at 09:58", Y[0], Y[1], old))

# ============================================================================ received, es (3)

t = """Hola Yanis:

¡Gracias por tu interés en Aduanas Turia!

Hemos recibido correctamente tu candidatura para la oferta de Técnico/a Aduanero/a (Valencia). Nuestro equipo la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
El equipo de Aduanas Turia"""
add(kind=ACK, slug="turia_recruitee_received", company="Aduanas Turia", contact="",
    lang="es", date="2026-03-09 19:03 +0100", thread="turia",
    frm=("Aduanas Turia", "no-reply@jobs.recruitee.com"),
    subject="Hemos recibido tu candidatura",
    text=t, html=C.ats_card("Aduanas Turia", C.paras(t), "Enviado a través de Recruitee",
                            lang="es", color="#1e88e5"),
    cte="quoted-printable")

t = """¡Hola, Yanis!

Gracias por postularte a Técnico/a de Tránsito Marítimo en Transitarios Layetana. Hemos recibido tu solicitud.

Revisaremos tu perfil en los próximos días. Si quieres, mientras tanto puedes conocer mejor nuestro equipo en nuestra página de empleo.

Saludos,
Transitarios Layetana"""
add(kind=ACK, slug="layetana_teamtailor_received", company="Transitarios Layetana", contact="",
    lang="es", date="2026-04-15 22:12 +0200", thread="layetana",
    frm=("Transitarios Layetana", "no-reply@teamtailor-mail.com"),
    subject="Gracias por tu solicitud – Técnico/a de Tránsito Marítimo",
    subj_enc="utf-8:B",
    html=C.ats_card("Transitarios Layetana", C.paras(t), "Enviado con Teamtailor", lang="es",
                    color="#f45c43"),
    html_cte="base64")

t = """Hola Yanis:

Ha sido un placer conocerte hoy por teléfono. Te confirmo que ya estás dado de alta en nuestra base de candidatos de Talent Portuario para puestos de aduanas y tránsito en los puertos de Valencia y Sagunto.

Cuando tengamos un proceso que encaje con tu perfil, te llamaré para presentártelo antes de enviar tu CV a ninguna empresa.

Un saludo,

Pablo Navarro
Consultor de selección | Talent Portuario
960 11 82 45"""
add(kind=ACK, slug="talentportuario_registered", company="Talent Portuario",
    contact="pablo.navarro@talentportuario.example.es", lang="es",
    date="2026-01-12 17:20 +0100",
    frm=("Pablo Navarro", "pablo.navarro@talentportuario.example.es"),
    subject="Alta en Talent Portuario",
    text=t, charset="iso-8859-1", cte="quoted-printable")

# ============================================================================ received, de (3)

t = """Hallo Herr Haddad-Lefort,

vielen Dank für Ihre Bewerbung als Speditionskaufmann Zoll (m/w/d) bei der Elbkai Spedition! Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Elbkai-Recruiting-Team

Diese Nachricht wurde automatisch versendet."""
add(kind=ACK, slug="elbkai_personio_eingang", company="Elbkai Spedition", contact="",
    lang="de", date="2026-06-03 10:41 +0200", thread="elbkai",
    frm=("Elbkai Spedition", "no-reply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Elbkai Spedition", C.paras(t), "Powered by Personio", lang="de",
                            color="#2b4c7e"),
    cte="quoted-printable")

t = """Sehr geehrter Herr Haddad-Lefort,

vielen Dank für Ihr Interesse an der Nordlicht Reederei. Hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Position Sachbearbeiter Zoll und Außenwirtschaft (m/w/d), Kennziffer NR-2026-031.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Wir melden uns, sobald wir Ihre Unterlagen geprüft haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordlicht Reederei"""
add(kind=ACK, slug="nordlicht_successfactors_eingang", company="Nordlicht Reederei", contact="",
    lang="de", date="2026-02-09 07:05 +0100", thread="nordlicht",
    frm=("Nordlicht Reederei Karriere", "noreply@successfactors.eu"),
    subject="Bestätigung: Ihre Bewerbung NR-2026-031",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, charset="iso-8859-1", cte="base64")

t = """Guten Tag Herr Haddad-Lefort,

schön, dass Sie heute bei uns im Büro waren. Hiermit bestätige ich Ihre Aufnahme in unseren Bewerberpool bei Hafenpersonal Nord.

Ihre Unterlagen (Lebenslauf, Zeugnisse, Nachweis Zollgrundkurs) liegen mir vollständig vor. Ich melde mich, sobald ich einen passenden Einsatz im Hafen habe – voraussichtlich schon in den nächsten Tagen.

Beste Grüße
Jens Möller
Personaldisponent, Hafenpersonal Nord
Reiherstieg 12, 21107 Hamburg
Tel. 040 328 44 19-0"""
add(kind=ACK, slug="hafenpersonal_pool", company="Hafenpersonal Nord",
    contact="jens.moeller@hafenpersonal-nord.example.de", lang="de",
    date="2026-05-04 16:10 +0200", thread="hafenpersonal",
    frm=("Jens Möller", "jens.moeller@hafenpersonal-nord.example.de"), frm_enc="utf-8:Q",
    subject="Ihre Registrierung bei Hafenpersonal Nord",
    text=t, cte="8bit")

# ============================================================================ offers, fr (5)

t = """Bonjour Yanis,

Suite à vos deux entretiens, c'est avec un grand plaisir que nous vous proposons de rejoindre Transitaire Phocéen en tant que déclarant en douane, en CDI, à compter du lundi 4 mai 2026.

Vous trouverez en pièce jointe notre proposition d'embauche détaillant la rémunération (31 500 € bruts annuels sur 13 mois), le statut et les avantages. Nous vous remercions de nous faire part de votre réponse avant le vendredi 17 avril.

Olivier Castagnier se joint à moi pour vous dire notre enthousiasme à l'idée de travailler avec vous.

Bien cordialement,
Nadia Ferrando
Responsable ressources humaines
Transitaire Phocéen – 88 boulevard de Cap Pinède, 13015 Marseille
04 91 09 72 51"""
add(kind=OFF, slug="phoceen_offer_letter", company="Transitaire Phocéen",
    contact="nadia.ferrando@phoceen-transit.example.fr", lang="fr",
    date="2026-04-08 10:15 +0200", thread="phoceen",
    frm=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
    subject="Proposition d'embauche – Déclarant en douane",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable",
    pdf=("Proposition_embauche_Haddad-Lefort.pdf",
         ["Transitaire Phocéen", "88 boulevard de Cap Pinède - 13015 Marseille", "",
          "Marseille, le 8 avril 2026", "", "Objet : proposition d'embauche", "",
          "Poste : déclarant en douane (CDI), statut employé, coefficient 190",
          "Date d'entrée : 4 mai 2026", "Rémunération : 31 500 EUR bruts annuels sur 13 mois",
          "Période d'essai : 2 mois renouvelable une fois", "",
          "Nadia Ferrando, Responsable ressources humaines"]))

t = """Yanis,

Comme je te l'ai dit au téléphone tout à l'heure : mon père et moi on aimerait vraiment que tu nous rejoignes pour t'occuper de la douane et des commandes fournisseurs.

Je te récapitule ce qu'on s'est dit pour que ce soit clair : CDI à temps plein, 2 350 € nets par mois pour commencer, on revoit ça après six mois, et on prend en charge la formation de représentant en douane enregistré. Démarrage dès que tu peux, idéalement début octobre.

Réfléchis tranquillement ce week-end et dis-moi lundi. Si c'est oui, je fais préparer le contrat par le comptable.

Rachid"""
add(kind=OFF, slug="benhamou_verbal_recap", company="Benhamou & Fils",
    contact="rachid@benhamou-fils.example.fr", lang="fr",
    date="2026-09-17 18:40 +0200", thread="benhamou",
    frm=("Rachid Benhamou", "rachid@benhamou-fils.example.fr"),
    subject="Ce qu'on s'est dit au téléphone",
    subj_enc="utf-8:Q",
    text=t, cte="8bit")

t = """Bonjour Yanis,

Super nouvelle : Provence Frigo Logistique souhaite vous faire une offre à l'issue de votre mission de remplacement au service douane !

Ils vous proposent un CDI de déclarant en douane sur leur entrepôt de Vitrolles, avec reprise de votre ancienneté de mission, un salaire de 2 450 € bruts mensuels sur 13 mois et le ticket restaurant. Démarrage au 1er juillet.

Je vous appelle demain matin pour en parler de vive voix ; si vous êtes partant, le client enverra directement sa lettre d'engagement.

Samia Belkacem
Consultante Transport & Logistique
Intérim Horizon Sud – 04 91 56 23 40"""
add(kind=OFF, slug="horizon_client_wants_offer", company="Provence Frigo Logistique",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-05-21 17:30 +0200",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Provence Frigo veut vous embaucher !",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour Yanis,

Comme convenu avec Mme Lucchesi, je vous adresse votre contrat de travail (CDI, déclarant en douane, prise de poste le 2 novembre 2026).

Vous allez recevoir dans quelques minutes un second e-mail de notre plateforme de signature électronique contenant le lien pour signer le document. Le contrat est également joint à ce message pour que vous puissiez le relire à tête reposée.

N'hésitez pas à m'appeler si un point vous semble flou.

Cordialement,

Gilles Marchetti
Directeur
Transit Vieux-Port
12 quai de Rive-Neuve – 13007 Marseille
04 91 33 58 02"""
add(kind=OFF, slug="vieuxport_contract_to_sign", company="Transit Vieux-Port",
    contact="gilles.marchetti@transit-vieuxport.example.fr", lang="fr",
    date="2026-09-28 11:05 +0200", thread="vieuxport",
    frm=("Gilles Marchetti", "gilles.marchetti@transit-vieuxport.example.fr"),
    subject="Votre contrat de travail – à signer",
    subj_enc="utf-8:B",
    text=t, html=C.outlook_html(C.mso(t)), cte="quoted-printable",
    pdf=("Contrat_CDI_Haddad-Lefort_Yanis.pdf",
         ["CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "", "Entre Transit Vieux-Port, 12 quai de Rive-Neuve, Marseille",
          "et M. Yanis Haddad-Lefort", "", "Article 1 - Fonctions : déclarant en douane",
          "Article 2 - Date d'effet : 2 novembre 2026",
          "Article 3 - Rémunération : 2 600 EUR bruts mensuels", "",
          "Fait à Marseille en deux exemplaires"]))

t = """Monsieur,

Nous avons le plaisir de vous confirmer notre souhait de vous engager en qualité de transitaire – spécialiste douane au sein de Rhodanie Transit, à Genève, à partir du 1er septembre 2026.

Les conditions principales sont les suivantes : contrat de durée indéterminée à 100 %, salaire annuel brut de CHF 78 000 versé en 13 mensualités, 25 jours de vacances, permis G pris en charge par nos soins.

Vous trouverez ci-joint la lettre d'engagement. Nous vous saurions gré de nous la retourner signée d'ici au 10 juillet.

Avec nos meilleures salutations,

Isabelle Favre
Directrice administrative
Rhodanie Transit
Route de Meyrin 122 – 1217 Meyrin
+41 22 719 40 60"""
add(kind=OFF, slug="rhodanie_engagement_letter", company="Rhodanie Transit",
    contact="isabelle.favre@rhodanie-transit.example.ch", lang="fr",
    date="2026-06-29 15:20 +0200",
    frm=("Isabelle Favre", "isabelle.favre@rhodanie-transit.example.ch"),
    subject="Lettre d'engagement",
    text=t, charset="windows-1252", cte="quoted-printable",
    pdf=("Lettre_engagement_Rhodanie.pdf",
         ["Rhodanie Transit", "Route de Meyrin 122 - 1217 Meyrin", "",
          "Lettre d'engagement - M. Yanis Haddad-Lefort", "",
          "Fonction : transitaire - spécialiste douane", "Entrée en fonction : 1er septembre 2026",
          "Salaire annuel brut : CHF 78 000 (13 mensualités)", "Vacances : 25 jours", "",
          "Bon pour accord : ______________________"]))

# ============================================================================ offers, en (2)

old = """Dear Hannah,

Thank you for the call yesterday - I'm delighted. Before I sign, could you confirm whether the start date could be 2 November rather than 19 October? I need to give four weeks' notice.

Kind regards,
Yanis"""
new = """Dear Yanis,

Of course - 2 November works for us. I've updated the start date and attached your formal offer of employment for the role of Customs Compliance Analyst at Kestrel Compliance Partners, Antwerp.

To summarise: permanent contract, gross annual salary of EUR 46,000, meal vouchers, hybrid working (three days in the office), 32 days of annual leave.

Please sign and return the offer by Friday 9 October. We're very much looking forward to having you on board.

Warm regards,

Hannah Moor
HR Manager
Kestrel Compliance Partners
Brouwersvliet 33, 2000 Antwerpen
+32 3 226 71 08"""
add(kind=OFF, slug="kestrel_offer_start_date", company="Kestrel Compliance Partners",
    contact="hannah.moor@kestrel-compliance.example.be", lang="en",
    date="2026-10-02 09:30 +0200", thread="kestrel",
    frm=("Hannah Moor", "hannah.moor@kestrel-compliance.example.be"),
    subject="Re: Offer - start date",
    text=C.reply(new, "en", "Thu, 1 Oct 2026 at 20:14", Y[0], Y[1], old),
    pdf=("Kestrel_Offer_Haddad-Lefort.pdf",
         ["Kestrel Compliance Partners", "Brouwersvliet 33, 2000 Antwerpen", "",
          "Offer of Employment", "", "Candidate: Yanis Haddad-Lefort",
          "Position: Customs Compliance Analyst", "Start date: 2 November 2026",
          "Gross annual salary: EUR 46,000", "", "Signed: Hannah Moor, HR Manager"]))

t = """Hi Yanis,

Brilliant news - Meridian Bulk Shipping want to make you an offer for the Trade Compliance Specialist role in Hamburg!

Headlines: EUR 52,000 base plus 10% bonus, relocation package up to EUR 5,000, start date flexible between mid-November and January. Their HR will send the written offer once you've given me a verbal yes in principle.

Give me a call when you've had a chance to digest it - I'm around all afternoon.

Oliver

Oliver Grant
Principal Consultant - Trade & Customs
Harbourline Search
+44 20 7946 0312"""
add(kind=OFF, slug="harbourline_meridian_offer", company="Meridian Bulk Shipping",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-10-12 12:48 +0100",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Meridian - offer!",
    text=t, html=C.page(C.paras(t), lang="en"))

# ============================================================================ offer, es (1)

t = """Hola Yanis:

Después de las entrevistas con Marc y con dirección, estamos encantados de ofrecerte el puesto de Técnico de Tránsito Marítimo en Transitarios Layetana.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 32.000 € brutos anuales en 14 pagas, jornada intensiva en agosto e incorporación el 15 de junio en nuestras oficinas del Moll de Barcelona.

Te agradeceríamos una respuesta antes del viernes 29 de mayo. Cualquier duda, llámame.

Un abrazo,

Marc Puig
Responsable de Importación
Transitarios Layetana
Moll de Barcelona s/n, Edifici Est – 08039 Barcelona
Tel. 932 21 47 80"""
add(kind=OFF, slug="layetana_offer_letter", company="Transitarios Layetana",
    contact="marc.puig@layetana.example.es", lang="es",
    date="2026-05-25 13:15 +0200", thread="layetana",
    frm=("Marc Puig", "marc.puig@layetana.example.es"),
    subject="Oferta – Técnico de Tránsito Marítimo",
    subj_enc="utf-8:Q",
    text=t, cte="quoted-printable",
    pdf=("Carta_oferta_Layetana.pdf",
         ["Transitarios Layetana", "Moll de Barcelona s/n - 08039 Barcelona", "",
          "Carta de oferta", "", "Candidato: Yanis Haddad-Lefort",
          "Puesto: Técnico de Tránsito Marítimo", "Contrato: indefinido",
          "Salario: 32.000 EUR brutos anuales (14 pagas)", "Incorporación: 15 de junio de 2026",
          "", "Marc Puig"]))

# ============================================================================ offers, de (2)

t = """Hallo Herr Haddad-Lefort,

nach dem sehr guten Gespräch mit Herrn Petersen freuen wir uns, Ihnen die Stelle als Speditionskaufmann Zoll (m/w/d) bei der Elbkai Spedition anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Festanstellung in Vollzeit, Bruttojahresgehalt 44.000 €, 30 Urlaubstage, HVV-Deutschlandticket als Jobticket, Eintritt zum 1. September 2026.

Bitte geben Sie uns bis zum 31. Juli Bescheid, ob Sie das Angebot annehmen möchten.

Viele Grüße
Svenja Krüger
HR, Elbkai Spedition
Tel. +49 40 741 55 20"""
add(kind=OFF, slug="elbkai_vertragsangebot", company="Elbkai Spedition",
    contact="svenja.krueger@elbkai.example.de", lang="de",
    date="2026-07-20 10:05 +0200", thread="elbkai",
    frm=("Svenja Krüger", "svenja.krueger@elbkai.example.de"), frm_enc="utf-8:B",
    subject="Ihr Vertragsangebot – Elbkai Spedition",
    subj_enc="utf-8:B",
    text=t, html=C.page(C.paras(t), lang="de"), cte="quoted-printable",
    pdf=("Vertragsangebot_Haddad-Lefort.pdf",
         ["Elbkai Spedition", "Vertragsangebot", "", "Herr Yanis Haddad-Lefort", "",
          "Position: Speditionskaufmann Zoll (m/w/d)", "Beginn: 1. September 2026",
          "Bruttojahresgehalt: 44.000 EUR", "Urlaub: 30 Tage", "",
          "Hamburg, 20. Juli 2026 - Svenja Krüger"]))

t = """Moin Herr Haddad-Lefort,

wie heute Mittag am Telefon besprochen, hier noch einmal schriftlich: Wir möchten Sie gerne als Koordinator Import & Zoll bei Nordhaus Möbel einstellen.

Eckdaten wie besprochen: 46.500 € brutto im Jahr, 30 Tage Urlaub, Start am 1. Dezember, zwei Tage Homeoffice pro Woche. Der schriftliche Vertrag kommt nächste Woche von unserer Personalabteilung.

Ich freue mich sehr, wenn es klappt!

Beste Grüße aus Billbrook
Björn Asmussen
Leitung Einkauf & Logistik
Nordhaus Möbel"""
add(kind=OFF, slug="nordhaus_verbal_followup", company="Nordhaus Möbel",
    contact="b.asmussen@nordhaus-moebel.example.de", lang="de",
    date="2026-10-06 15:55 +0200",
    frm=("Björn Asmussen", "b.asmussen@nordhaus-moebel.example.de"), frm_enc="iso-8859-1:Q",
    subject="Unser Telefonat – Angebot Koordinator Import & Zoll",
    subj_enc="utf-8:Q",
    text=t, charset="windows-1252", cte="8bit")
