"""Corpus 175, hand-written: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs175_common import ats_card, quote

A = "application_received"
O = "offer"

ACKS: list[dict] = [
    {"kind": A, "slug": "crepix_welcome_kit", "lang": "fr", "company": "Crêpix",
     "contact": "", "id": "crepix-ack", "frm": ("Crêpix", "jobs@crepix.teamtailor-mail.com"),
     "subject": "Crêpix a bien reçu votre candidature 🥞",
     "date": "2026-02-20 22:14 +0100", "fmt": "html",
     "html": ats_card("""Bonjour Clémence,

Merci d'avoir postulé au poste de Customer Success Associate chez Crêpix !

Notre équipe lit chaque candidature avec attention. Vous aurez de nos nouvelles dans les
deux prochaines semaines.

L'équipe Crêpix""", "Crêpix", "Voir ma candidature",
                      "https://crepix.teamtailor.example.com/candidate", "Envoyé par Teamtailor")},

    {"kind": A, "slug": "harbourline_greenhouse", "lang": "en", "company": "Harbourline",
     "contact": "", "id": "harb-ack",
     "frm": ("Harbourline Recruiting", "no-reply@greenhouse-mail.io"),
     "subject": "Thank you for applying to Harbourline",
     "date": "2026-02-09 07:31 +0000", "fmt": "alt",
     "text": """Hi Clémence,

Thanks for your interest in Harbourline! We've received your application for Customer
Success Associate (French speaker) and our team will review it shortly.

If your experience matches what we're looking for, a member of the team will be in touch
to talk about next steps.

Harbourline Talent Team"""},

    {"kind": A, "slug": "talentis_registration", "lang": "fr", "company": "Talentis Intérim",
     "contact": "julien.marchal@talentis.example.fr", "id": "talentis-reg",
     "frm": ("Julien Marchal | Talentis Intérim", "julien.marchal@talentis.example.fr"),
     "subject": "Votre inscription chez Talentis Intérim",
     "date": "2026-04-21 17:30 +0200",
     "text": """Bonjour Clémence,

Merci pour votre venue à l'agence ce matin. Votre inscription est validée : votre dossier
(CV, pièce d'identité, RIB) est complet et vous êtes désormais visible pour nos clients
des secteurs commerce et services.

Je vous tiens au courant dès qu'une mission en relation clients se présente.

Julien Marchal
Talentis Intérim — Agence de Nantes"""},

    {"kind": A, "slug": "solera_recibida", "lang": "es", "company": "Solera Cloud",
     "contact": "", "id": "solera-ack", "frm": ("Solera Cloud", "notifications@jobs.recruitee.com"),
     "subject": "Hemos recibido tu candidatura – Solera Cloud",
     "date": "2026-04-29 12:02 +0200", "fmt": "alt",
     "text": """Hola Clémence:

¡Gracias por tu interés en Solera Cloud! Confirmamos que hemos recibido tu candidatura
para Customer Success Manager (mercado francés).

Nuestro equipo la revisará en los próximos días.

Equipo de Talento de Solera Cloud"""},

    {"kind": A, "slug": "workday_cannot_reply_all", "lang": "fr", "company": "Banque Armorique",
     "contact": "", "frm": ("Banque Armorique Recrutement", "banquearmorique@myworkday.com"),
     "subject": "Confirmation de candidature – R-20417",
     "date": "2026-01-28 20:12 +0100",
     "text": """Madame Nakamura-Diallo,

Nous accusons réception de votre candidature au poste de Chargé(e) de relation client
digitale (R-20417).

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chaque candidat. Si votre profil est retenu, un membre de
notre équipe vous contactera dans un délai de trois semaines.

L'équipe Recrutement, Banque Armorique

Message automatique, merci de ne pas répondre."""},

    {"kind": A, "slug": "cv_recu_human", "lang": "fr", "company": "Iroise Connect",
     "contact": "m.kerouac@iroise-connect.example.fr",
     "frm": ("Morgane Kerouac", "m.kerouac@iroise-connect.example.fr"),
     "subject": "Re: candidature support client",
     "date": "2026-01-06 09:12 +0100",
     "text": """Bonjour Clémence,

J'ai bien reçu votre CV et votre lettre, merci. Je les transmets à l'équipe et je
reviens vers vous d'ici une semaine.

Morgane

""" + quote("""Bonjour,

Je vous adresse ma candidature pour le poste de technicienne support client à Brest.
Vendeuse en boulangerie depuis six ans, je souhaite mettre mon sens de la relation client
au service de vos abonnés.

Clémence Nakamura-Diallo""", "Le 5 janv. 2026 à 19:44, Clémence Nakamura-Diallo <clemence.nd@example.fr> a écrit :")},

    {"kind": A, "slug": "smartrecruiters_ouestel", "lang": "fr", "company": "Ouestel",
     "contact": "", "frm": ("Ouestel Carrières", "ouestel@smartrecruiters.com"),
     "subject": "Merci pour votre candidature chez Ouestel",
     "date": "2026-01-15 13:20 +0100", "fmt": "alt", "subj_enc": "iso-8859-1/Q",
     "text": """Bonjour Clémence,

Merci d'avoir postulé à l'offre Conseiller·ère clients fibre (Rennes). Votre candidature a
bien été enregistrée.

Vous pouvez suivre son avancement depuis votre espace candidat.

Ouestel – Direction des Ressources Humaines"""},

    {"kind": A, "slug": "softgarden_galeries", "lang": "fr", "company": "Galeries Ponant",
     "contact": "", "frm": ("Galeries Ponant", "noreply@softgarden.io"),
     "subject": "Accusé de réception de votre candidature",
     "date": "2026-01-02 08:40 +0100", "cs": "iso-8859-1",
     "text": """Bonjour Madame Nakamura-Diallo,

Nous vous confirmons la bonne réception de votre dossier pour le poste d'Assistante
Service Client E-commerce.

Nous vous remercions de votre patience : le traitement des candidatures peut prendre
jusqu'à quatre semaines.

Le service Recrutement de Galeries Ponant"""},

    {"kind": A, "slug": "recruitee_loirlab", "lang": "fr", "company": "Loirlab",
     "contact": "", "frm": ("Loirlab", "notifications@jobs.recruitee.com"),
     "subject": "Loirlab : candidature reçue",
     "date": "2026-03-23 11:11 +0100",
     "text": """Bonjour Clémence,

Votre candidature au poste de Chargée de succès client est bien arrivée chez Loirlab.
Nous reviendrons vers vous, quelle que soit notre décision.

À très vite,
Loirlab"""},

    {"kind": A, "slug": "agency_cv_recu_lille", "lang": "fr", "company": "Flandre Emploi Services",
     "contact": "", "frm": ("Flandre Emploi Services", "ne-pas-repondre@flandre-emploi.example.fr"),
     "subject": "Confirmation de création de votre espace candidat",
     "date": "2026-03-09 07:05 +0100", "fmt": "html",
     "html": ats_card("""Bonjour Clémence,

Votre espace candidat Flandre Emploi Services est créé et votre CV a bien été déposé.
Nos consultants de l'agence de Lille consulteront votre profil lors de leurs prochaines
recherches.

Pensez à compléter vos disponibilités pour recevoir des propositions de missions.""",
                      "Flandre Emploi Services", "Compléter mon profil",
                      "https://candidats.flandre-emploi.example.fr/profil",
                      "Ce message vous est envoyé automatiquement.")},

    {"kind": A, "slug": "quillon_human_ack", "lang": "fr", "company": "Quillon",
     "contact": "agathe@quillon.example.fr",
     "frm": ("Agathe Roussel", "agathe@quillon.example.fr"),
     "subject": "Candidature Customer Success Associate",
     "date": "2026-05-06 12:48 +0200", "cs": "windows-1252",
     "text": """Bonjour Clémence,

Bien reçu votre candidature, merci ! Je prends le temps de la lire d’ici la fin de la
semaine et je vous fais signe.

Agathe Roussel
COO, Quillon"""},

    {"kind": A, "slug": "personio_de_eingang", "lang": "de", "company": "Neckarsoft",
     "contact": "", "frm": ("Neckarsoft Recruiting", "jobs@neckarsoft.jobs.personio.de"),
     "subject": "Eingangsbestätigung Ihrer Bewerbung",
     "date": "2026-05-29 15:02 +0200", "fmt": "alt",
     "text": """Sehr geehrte Frau Nakamura-Diallo,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d). Ihre Unterlagen sind
vollständig bei uns eingegangen.

Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Ihr Neckarsoft Recruiting-Team"""},

    {"kind": A, "slug": "successfactors_de", "lang": "de", "company": "Schwabenbank",
     "contact": "", "frm": ("Schwabenbank Karriere", "schwabenbank@successfactors.eu"),
     "subject": "Ihre Bewerbung ist bei uns eingegangen",
     "date": "2026-02-12 21:40 +0100", "cs": "iso-8859-1",
     "text": """Sehr geehrte Frau Nakamura-Diallo,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Kundenberater Digital
(Job-ID 40811). Bitte haben Sie Verständnis, dass wir nicht jede Bewerbung einzeln
kommentieren können; Sie hören von uns, sobald die Auswahl abgeschlossen ist.

Freundliche Grüße
Personalabteilung Schwabenbank"""},

    {"kind": A, "slug": "de_agency_registriert", "lang": "de", "company": "Personalbrücke",
     "contact": "p.albrecht@personalbruecke.example.de",
     "frm": ("Paul Albrecht", "p.albrecht@personalbruecke.example.de"),
     "subject": "Willkommen bei Personalbrücke",
     "date": "2026-08-12 10:30 +0200",
     "text": """Hallo Clémence,

vielen Dank für Ihren Lebenslauf! Sie sind jetzt in unserer Kandidatendatenbank
registriert. Ich würde gerne ein kurzes Erstgespräch in unserem Büro vereinbaren,
um Ihre Wünsche besser zu verstehen, und schlage Ihnen dafür in den nächsten Tagen einen
Termin vor.

Beste Grüße
Paul Albrecht
Personalbrücke – Personalberatung Stuttgart"""},

    {"kind": A, "slug": "en_icims_received", "lang": "en", "company": "Brightwave Telecom",
     "contact": "", "frm": ("Brightwave Telecom Careers", "careers@brightwave.icims.com"),
     "subject": "We received your application",
     "date": "2026-01-21 14:00 +0000",
     "text": """Dear Clémence Nakamura-Diallo,

Thank you for applying for Customer Care Advisor (French), requisition 2026-1187.
Your application has been received and will be reviewed by our recruitment team.

Due to the high volume of applications, we are unfortunately unable to respond to every
applicant individually.

Talent Acquisition, Brightwave Telecom"""},

    {"kind": A, "slug": "en_lever_received", "lang": "en", "company": "Lumo Ledger",
     "contact": "", "frm": ("Lumo Ledger", "no-reply@hire.lever.co"),
     "subject": "Thanks for applying to Lumo Ledger",
     "date": "2026-03-16 10:02 +0100",
     "text": """Hi Clémence,

Thanks for applying to the Customer Support Specialist (FR/NL) role at Lumo Ledger. We've
got your application and we'll be in touch as soon as we've had a look.

Lumo Ledger People Team"""},

    {"kind": A, "slug": "en_agency_registered", "lang": "en", "company": "Clover Staffing",
     "contact": "aoife@cloverstaffing.example.ie",
     "frm": ("Aoife Brennan", "aoife@cloverstaffing.example.ie"),
     "subject": "Great to meet you - you're registered with Clover",
     "date": "2026-06-09 15:15 +0100",
     "text": """Hi Clémence,

Lovely to chat earlier. Just confirming you're now registered with Clover Staffing and I
have your CV on file. I'll send over any French-speaking customer roles in Dublin that
look like a fit.

Aoife Brennan
Recruitment Consultant | Clover Staffing | 14 Baggot St, Dublin 2"""},

    {"kind": A, "slug": "en_bamboohr_lux", "lang": "en", "company": "Fintrack",
     "contact": "", "frm": ("Fintrack", "notifications@bamboohr.com"),
     "subject": "Application received: Client Onboarding Analyst",
     "date": "2026-09-03 09:00 +0200", "fmt": "alt",
     "text": """Hello Clémence,

Your application for Client Onboarding Analyst at Fintrack has been received.
Our hiring team reviews every application and will contact you if there is a match.

Fintrack"""},

    {"kind": A, "slug": "es_teamtailor_recibida", "lang": "es", "company": "Nubalia",
     "contact": "", "frm": ("Nubalia", "no-reply@teamtailor-mail.com"),
     "subject": "¡Gracias por tu candidatura!",
     "date": "2026-02-06 18:22 +0100", "subj_enc": "utf-8/B",
     "text": """Hola Clémence:

Hemos recibido tu candidatura para Customer Success Specialist (mercado francés).
Debido al volumen de solicitudes, no podemos responder de forma individual a cada
persona, pero revisaremos tu perfil con cuidado.

El equipo de Nubalia"""},

    {"kind": A, "slug": "es_human_cv_recibido", "lang": "es", "company": "Datamar",
     "contact": "rrhh.paloma@datamar.example.es",
     "frm": ("Paloma Ibarra", "rrhh.paloma@datamar.example.es"),
     "subject": "RE: CV – Customer Success Luxemburgo",
     "date": "2026-06-26 12:05 +0200", "cs": "iso-8859-1",
     "text": """Hola Clémence:

Te confirmo que tu CV nos ha llegado correctamente. Lo estudiaremos junto con el resto
de perfiles y te diremos algo en unos diez días.

Saludos,
Paloma Ibarra
Recursos Humanos, Datamar"""},

    {"kind": A, "slug": "brume_recue", "lang": "fr", "company": "Brume Conseil",
     "contact": "", "frm": ("Brume Conseil Recrutement", "brume@softgarden.io"),
     "subject": "Brume Conseil – votre candidature est enregistrée",
     "date": "2026-03-18 16:44 +0100", "fmt": "alt",
     "text": """Bonjour Clémence,

Votre candidature au poste de consultante support fonctionnel (Nantes) a bien été
enregistrée. Nos équipes l'étudieront dans les meilleurs délais.

Brume Conseil"""},
]

OFFERS: list[dict] = [
    {"kind": O, "slug": "harbourline_offer_pdf", "lang": "en", "company": "Harbourline",
     "contact": "ciara.walsh@harbourline.example.ie", "id": "harb-offer", "parent": "harb-move",
     "frm": ("Ciara Walsh", "ciara.walsh@harbourline.example.ie"),
     "subject": "Your offer from Harbourline",
     "date": "2026-03-11 16:02 +0000", "fmt": "alt",
     "pdf": ("Harbourline_Offer_Nakamura-Diallo.pdf", [
         "Harbourline - Offer of Employment", "Candidate: Clemence Nakamura-Diallo",
         "Role: Customer Success Associate (French)", "Location: Dublin 2",
         "Start date: 4 May 2026", "Base salary: EUR 36,000"]),
     "text": """Hi Clémence,

I'm delighted to let you know that the panel loved meeting you, and we would like to
offer you the role of Customer Success Associate (French) at Harbourline!

Your offer letter is attached, with the salary, start date and benefits. Please have a
read and let me know if you have any questions. We'd be grateful for your answer by
Wednesday 18 March.

Congratulations!
Ciara Walsh
Talent Acquisition Partner, Harbourline"""},

    {"kind": O, "slug": "verbal_followup_fr", "lang": "fr", "company": "Fournil & Co",
     "contact": "lucie.garnier@fournil-co.example.fr",
     "frm": ("Lucie Garnier", "lucie.garnier@fournil-co.example.fr"),
     "subject": "Suite à notre appel de ce midi",
     "date": "2026-09-22 14:05 +0200",
     "text": """Bonjour Clémence,

Comme je vous l'ai annoncé au téléphone, nous serions ravis de vous accueillir sur le
poste de chargée de relation clients B2B qui s'est ouvert à la rentrée. Je vous confirme
par écrit les éléments évoqués : CDI, 29 000 € bruts annuels, démarrage le 2 novembre.

La promesse d'embauche suivra d'ici vendredi.

Lucie Garnier
Responsable RH, Fournil & Co"""},

    {"kind": O, "slug": "contract_for_signature", "lang": "fr", "company": "Quillon",
     "contact": "agathe@quillon.example.fr",
     "frm": ("Agathe Roussel", "agathe@quillon.example.fr"),
     "subject": "Votre contrat Quillon à signer",
     "date": "2026-09-29 10:40 +0200", "fmt": "alt",
     "pdf": ("Contrat_CDI_Quillon_CNakamuraDiallo.pdf", [
         "Contrat de travail a duree indeterminee", "Quillon - Paris 10e",
         "Salariee : Clemence Nakamura-Diallo", "Poste : Customer Success Associate",
         "Prise de poste : 2 novembre 2026"]),
     "text": """Bonjour Clémence,

Le poste de Customer Success a finalement été rouvert avec un nouveau périmètre, et nous
sommes très heureux de vous le proposer. Vous trouverez ci-joint votre contrat de
travail en CDI.

Merci de le signer et de nous le retourner avant le 6 octobre.

Bienvenue (bientôt) chez Quillon !
Agathe Roussel
COO, Quillon"""},

    {"kind": O, "slug": "agency_client_offer", "lang": "fr", "company": "Armor Distribution",
     "contact": "sophie.lebreton@talentis.example.fr",
     "frm": ("Sophie Lebreton", "sophie.lebreton@talentis.example.fr"),
     "subject": "Armor Distribution vous veut !",
     "date": "2026-10-05 17:48 +0200",
     "text": """Bonjour Clémence,

Excellente nouvelle : le client Armor Distribution souhaite vous faire une proposition
pour la mission de conseillère service clients à Rennes, six mois renouvelables, à partir
du 19 octobre.

Je vous appelle demain matin pour vous présenter les conditions.

Sophie Lebreton
Talentis Intérim — Agence de Rennes"""},

    {"kind": O, "slug": "promesse_embauche_pdf", "lang": "fr", "company": "Loirlab",
     "contact": "camille.briand@loirlab.example.fr",
     "frm": ("Camille Briand", "camille.briand@loirlab.example.fr"),
     "subject": "Promesse d'embauche – Loirlab",
     "date": "2026-10-09 11:20 +0200", "fmt": "alt", "cs": "iso-8859-1",
     "pdf": ("Promesse_embauche_Loirlab.pdf", [
         "Loirlab - Promesse d'embauche", "Poste : Charge(e) de succes client",
         "Lieu : Nantes", "Remuneration : 30 500 EUR bruts annuels"]),
     "text": """Bonjour Clémence,

Un second poste de chargée de succès client s'est ouvert chez Loirlab et nous avons
immédiatement pensé à vous. Nous avons le plaisir de vous adresser ci-joint une promesse
d'embauche.

Nous attendons votre retour signé sous dix jours.

Camille Briand
Responsable Customer Success, Loirlab"""},

    {"kind": O, "slug": "kerbank_formal", "lang": "fr", "company": "Kerbank",
     "contact": "service.rh@kerbank.example.fr",
     "frm": ("Service RH Kerbank", "service.rh@kerbank.example.fr"),
     "subject": "Proposition d'engagement",
     "date": "2026-10-14 09:00 +0200",
     "text": """Madame,

Suite à votre participation à notre session de recrutement de septembre et au
désistement d'une candidate, nous avons le plaisir de vous proposer le poste de
Conseillère clientèle à distance, en CDI, à Brest.

Un courrier détaillant les conditions vous parviendra sous huitaine. Nous vous prions
de nous faire connaître votre décision par retour.

Service des Ressources Humaines, Kerbank"""},

    {"kind": O, "slug": "en_offer_verbal", "lang": "en", "company": "Parcelwise",
     "contact": "dan@parcelwise.example.com",
     "frm": ("Dan Foley", "dan@parcelwise.example.com"),
     "subject": "Following up on our call",
     "date": "2026-10-02 19:12 +0200",
     "text": """Hi Clémence,

As promised, putting it in writing: we'd love to have you as our first French-speaking
Customer Success hire, fully remote from Rennes. €38k base plus stock options, starting
whenever suits you in November.

Paperwork coming from our HR provider this week.

Dan"""},

    {"kind": O, "slug": "de_angebot_pdf", "lang": "de", "company": "Kundenwerk",
     "contact": "lena.vogt@kundenwerk.example.de",
     "frm": ("Lena Vogt", "lena.vogt@kundenwerk.example.de"),
     "subject": "Vertragsangebot Kundenwerk",
     "date": "2026-10-12 15:33 +0200", "fmt": "alt",
     "pdf": ("Arbeitsvertrag_Kundenwerk.pdf", [
         "Kundenwerk - Arbeitsvertrag (Entwurf)", "Position: Onboarding Managerin (FR-Markt)",
         "Arbeitsort: Stuttgart / remote", "Beginn: 1. Dezember 2026"]),
     "text": """Hallo Frau Nakamura-Diallo,

für unsere neu geschaffene Position für den französischen Markt möchten wir Ihnen gerne
ein Angebot machen. Den Vertragsentwurf finden Sie im Anhang.

Wir freuen uns auf Ihre Rückmeldung bis zum 19. Oktober.

Viele Grüße
Lena Vogt
Teamlead Customer Success | Kundenwerk"""},

    {"kind": O, "slug": "de_zusage_telefon", "lang": "de", "company": "Filderwerk",
     "contact": "p.albrecht@personalbruecke.example.de",
     "frm": ("Paul Albrecht", "p.albrecht@personalbruecke.example.de"),
     "subject": "Zusage von Filderwerk!",
     "date": "2026-10-08 11:02 +0200",
     "text": """Hallo Clémence,

es gibt Neuigkeiten: Filderwerk hat eine zweite Stelle im französischsprachigen
Kundenservice geschaffen und möchte Ihnen diese anbieten. Gehalt und Startdatum stimme
ich gerade mit dem Kunden ab.

Beste Grüße
Paul Albrecht
Personalbrücke"""},

    {"kind": O, "slug": "es_oferta_solera", "lang": "es", "company": "Solera Cloud",
     "contact": "marta.gil@soleracloud.example.es", "parent": "solera-missed",
     "frm": ("Marta Gil", "marta.gil@soleracloud.example.es"),
     "subject": "Oferta de empleo – Solera Cloud",
     "date": "2026-05-27 17:00 +0200", "fmt": "alt",
     "pdf": ("Oferta_Solera_Cloud.pdf", [
         "Solera Cloud - Carta de oferta", "Puesto: Customer Success Manager (FR)",
         "Modalidad: remoto desde Rennes", "Inicio: 1 de julio de 2026"]),
     "text": """Hola Clémence:

Después de la entrevista que finalmente hicimos el viernes, el equipo lo tiene claro:
queremos ofrecerte el puesto de Customer Success Manager para el mercado francés.

Adjunto encontrarás la carta de oferta con las condiciones. ¿Podrías respondernos antes
del 3 de junio?

Un abrazo,
Marta Gil
Talent Acquisition | Solera Cloud"""},
]

MESSAGES = ACKS + OFFERS

for _m in MESSAGES:
    if _m.get("fmt") == "html":
        _m["text"] = _m["html"]
