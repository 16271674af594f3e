"""Corpus 175, hand-written: rejections (31)."""

from __future__ import annotations

from msgs175_common import CAND, outlook, quote

K = "rejection"

MESSAGES: list[dict] = [
    {"kind": K, "slug": "crepix_after_interview", "lang": "fr", "company": "Crêpix",
     "contact": "yann.le-goff@crepix.example.fr", "id": "crepix-rej", "parent": "crepix-thanks",
     "frm": ("Yann Le Goff", "yann.le-goff@crepix.example.fr"),
     "subject": "Re: Merci pour l'échange de mardi",
     "date": "2026-03-20 17:42 +0100",
     "text": """Bonjour Clémence,

Merci pour votre message et pour le temps passé avec l'équipe mardi. Après en avoir
discuté tous ensemble, nous avons choisi une personne qui a déjà piloté un portefeuille
de clients SaaS, et nous n'irons donc pas plus loin avec votre candidature.

Votre énergie et votre sens du service nous ont marqués ; n'hésitez pas à regarder nos
offres au printemps.

Bien à vous,
Yann Le Goff
Head of Customer Success — Crêpix
12 rue de Saint-Malo, 35000 Rennes
+33 2 99 00 41 17

""" + quote("""Bonjour Yann,

Merci encore pour l'entretien de mardi, j'ai beaucoup aimé la mise en situation sur
l'onboarding. Je reste disponible pour un second échange si besoin.

Clémence""", "Le mer. 18 mars 2026 à 09:05, Clémence Nakamura-Diallo <clemence.nd@example.fr> a écrit :")},

    {"kind": K, "slug": "workday_banque_armorique", "lang": "fr", "company": "Banque Armorique",
     "contact": "", "frm": ("Banque Armorique Recrutement", "banquearmorique@myworkday.com"),
     "subject": "Votre candidature – Chargé(e) de relation client digitale (R-20417)",
     "date": "2026-02-11 08:03 +0100", "fmt": "html",
     "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<p>Madame Nakamura-Diallo,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Banque Armorique et au poste de
Chargé(e) de relation client digitale (R-20417).</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
votre profil n'a pas été retenu pour la suite du processus.</p>
<p>Vos informations restent dans notre vivier de talents pendant 24 mois, conformément à
notre politique de confidentialité.</p>
<p>L'équipe Recrutement<br>Banque Armorique</p>
<p style="font-size:10px;color:#777">Ce message est généré automatiquement, merci de ne pas y répondre.</p>
</body></html>
""", "text": "x"},

    {"kind": K, "slug": "greenhouse_kestrel_soft", "lang": "en", "company": "Kestrel Analytics",
     "contact": "", "frm": ("Kestrel Analytics Recruiting", "no-reply@greenhouse-mail.io"),
     "subject": "Your application to Kestrel Analytics",
     "date": "2026-04-02 16:20 +0100", "fmt": "alt",
     "text": """Hi Clémence,

Thank you for applying for the Customer Success Associate (French speaker) role in Dublin.
We had a large number of applications, and we have decided to move forward with
candidates whose experience more closely matches what the team needs right now.

We will keep your details on file and you are welcome to apply for future openings.

Best wishes,
The Kestrel Analytics Talent Team"""},

    {"kind": K, "slug": "on_hold_lille", "lang": "fr", "company": "Nordlys Paiements",
     "contact": "sarah.vandamme@nordlys.example.fr",
     "frm": ("Sarah Vandamme", "sarah.vandamme@nordlys.example.fr"),
     "subject": "Poste Customer Success Manager junior – Lille",
     "date": "2026-04-15 11:31 +0200", "cs": "iso-8859-1",
     "text": """Bonjour Clémence,

Je reviens vers vous comme promis. Le recrutement du poste de CSM junior à Lille vient
d'être gelé par la direction financière : le poste est mis en suspens et nous ne
donnerons pas suite aux candidatures en cours, la vôtre comprise.

Je suis désolée de ne pas avoir de meilleure nouvelle. Si le poste rouvre à la rentrée,
je vous recontacterai directement.

Cordialement,
Sarah Vandamme
Talent Acquisition, Nordlys Paiements
45 boulevard de la Liberté, 59000 Lille"""},

    {"kind": K, "slug": "terse_human_brest", "lang": "fr", "company": "Iroise Connect",
     "contact": "m.kerouac@iroise-connect.example.fr",
     "frm": ("Morgane Kerouac", "m.kerouac@iroise-connect.example.fr"),
     "subject": "Re: candidature support client",
     "date": "2026-01-27 18:04 +0100",
     "text": """Bonjour,

Ce ne sera pas pour cette fois, nous avons retenu quelqu'un d'autre.

Bonne continuation,
Morgane"""},

    {"kind": K, "slug": "agency_relay_client_no", "lang": "fr", "company": "Maison Lefèvre",
     "contact": "julien.marchal@talentis.example.fr", "id": "talentis-rej",
     "parent": "talentis-invite",
     "frm": ("Julien Marchal | Talentis Intérim", "julien.marchal@talentis.example.fr"),
     "subject": "Retour de Maison Lefèvre",
     "date": "2026-05-07 14:12 +0200",
     "text": """Bonjour Clémence,

J'ai eu le retour de Maison Lefèvre ce matin. Ils ont apprécié votre échange avec la
responsable relation clients, mais ils préfèrent quelqu'un qui connaît déjà leur outil
de CRM. Ils ne poursuivent donc pas avec vous.

De mon côté je garde votre dossier actif : j'ai deux missions en service client à Nantes
qui pourraient vous correspondre, je vous appelle la semaine prochaine.

Julien Marchal
Chargé de recrutement
Talentis Intérim — Agence de Nantes
3 quai de la Fosse, 44000 Nantes
02 40 00 18 52"""},

    {"kind": K, "slug": "filled_internally", "lang": "fr", "company": "Ouestel",
     "contact": "", "frm": ("Ouestel Carrières", "ouestel@smartrecruiters.com"),
     "subject": "Poste Conseiller·ère clients professionnels – information",
     "date": "2026-02-24 10:00 +0100",
     "text": """Bonjour Clémence,

Le poste de Conseiller·ère clients professionnels pour lequel vous aviez postulé a été
pourvu par une mobilité interne. Le processus de recrutement externe est donc clos.

Nous vous remercions pour votre candidature et vous souhaitons plein de succès.

Ouestel – Direction des Ressources Humaines

Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas répondre à ce message."""},

    {"kind": K, "slug": "role_cancelled_paris", "lang": "fr", "company": "Quillon",
     "contact": "agathe@quillon.example.fr",
     "frm": ("Agathe Roussel", "agathe@quillon.example.fr"),
     "subject": "Annulation du recrutement Customer Success",
     "date": "2026-06-03 09:47 +0200", "fmt": "alt",
     "text": """Bonjour Clémence,

Nous avons finalement décidé de supprimer le poste de Customer Success Associate :
l'équipe sera réorganisée autour de nos partenaires intégrateurs. Le recrutement est
annulé, et votre candidature ne sera malheureusement pas poursuivie.

Je vous remercie sincèrement pour votre disponibilité durant ces dernières semaines.

Agathe Roussel
COO, Quillon
Paris 10e"""},

    {"kind": K, "slug": "casual_colleague", "lang": "fr", "company": "Bocal",
     "contact": "theo@bocal.example.fr", "frm": ("Théo", "theo@bocal.example.fr"),
     "subject": "petit retour",
     "date": "2026-03-06 19:22 +0100",
     "text": """Salut Clémence,

Je te fais un retour rapide et honnête : on a bien aimé discuter avec toi mais on part sur
un profil plus technique pour le support, donc ça ne va pas coller pour ce poste-là.

Si tu passes au Bocal à Nantes un de ces jours, le café est pour moi.

Théo"""},

    {"kind": K, "slug": "lever_saas_brussels", "lang": "en", "company": "Lumo Ledger",
     "contact": "", "frm": ("Lumo Ledger", "no-reply@hire.lever.co"),
     "subject": "Update on your application – Customer Onboarding Specialist",
     "date": "2026-05-12 13:05 +0200", "fmt": "html",
     "html": """<html><body>
<p>Hi Clémence,</p>
<p>Thanks so much for your interest in the Customer Onboarding Specialist position in Brussels.</p>
<p>We've now reviewed every application, and unfortunately we won't be progressing yours
to the interview stage.</p>
<p>We know that job hunting takes time and effort, and we genuinely appreciate you
considering Lumo Ledger.</p>
<p>All the best,<br>Lumo Ledger People Team</p>
<p><small>Sent with Lever</small></p>
</body></html>
""", "text": "x"},

    {"kind": K, "slug": "dublin_after_panel", "lang": "en", "company": "Tallyfox",
     "contact": "niamh.obrien@tallyfox.example.ie",
     "frm": ("Niamh O'Brien", "niamh.obrien@tallyfox.example.ie"),
     "subject": "RE: Thank you - panel interview",
     "date": "2026-06-19 15:58 +0100",
     "text": """Hi Clémence,

Thanks for your kind note, and apologies for the slow reply. The panel met yesterday and
it was a close call, but we have offered the role to another candidate who has run
renewals before. I'm sorry this isn't the answer you were hoping for.

I'd be glad to give you some feedback over a quick call if that helps.

Kind regards,
Niamh O'Brien | Talent Partner | Tallyfox
Grand Canal Dock, Dublin 2 | +353 1 555 0192

""" + outlook("""Dear Niamh,

Thank you for organising Tuesday's panel interview. I enjoyed the case study on churn and
would be delighted to join the team.

Best regards,
Clémence Nakamura-Diallo""", "Clémence Nakamura-Diallo <clemence.nd@example.fr>",
                  "Wednesday, June 17, 2026 8:41 AM", "Niamh O'Brien", "Thank you - panel interview")},

    {"kind": K, "slug": "personio_stuttgart", "lang": "de", "company": "Neckarsoft",
     "contact": "", "id": "neckar-rej", "parent": "neckar-move",
     "frm": ("Neckarsoft Recruiting", "jobs@neckarsoft.jobs.personio.de"),
     "subject": "Ihre Bewerbung als Customer Success Manager (m/w/d)",
     "date": "2026-07-08 10:14 +0200", "cs": "iso-8859-1",
     "text": """Sehr geehrte Frau Nakamura-Diallo,

vielen Dank für das Gespräch und Ihr Interesse an Neckarsoft.

Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits
Erfahrung mit deutschsprachigen Enterprise-Kunden mitbringt. Wir müssen Ihnen daher leider
eine Absage erteilen.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Neckarsoft Recruiting-Team

Neckarsoft GmbH · Königstraße 28 · 70173 Stuttgart
Geschäftsführer: Tobias Renz · Amtsgericht Stuttgart HRB 700000"""},

    {"kind": K, "slug": "bank_stuttgart_formal", "lang": "de", "company": "Schwabenbank",
     "contact": "", "frm": ("Schwabenbank Karriere", "schwabenbank@successfactors.eu"),
     "subject": "Rückmeldung zu Ihrer Bewerbung – Kundenberater Digital",
     "date": "2026-03-17 07:55 +0100", "fmt": "alt",
     "text": """Sehr geehrte Frau Nakamura-Diallo,

wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider können wir Ihre Bewerbung
für die Position Kundenberater Digital nicht weiter berücksichtigen, da andere Profile
besser zu den Anforderungen passen.

Wir bedanken uns für Ihr Vertrauen.

Freundliche Grüße
Personalabteilung Schwabenbank

Diese E-Mail wurde automatisch erstellt."""},

    {"kind": K, "slug": "de_human_short", "lang": "de", "company": "Kundenwerk",
     "contact": "lena.vogt@kundenwerk.example.de",
     "frm": ("Lena Vogt", "lena.vogt@kundenwerk.example.de"),
     "subject": "AW: Bewerbung Onboarding Managerin",
     "date": "2026-08-04 16:40 +0200",
     "text": """Hallo Frau Nakamura-Diallo,

kurz und ehrlich: Wir haben die Stelle inzwischen vergeben. Ihr Profil war spannend,
aber uns fehlt für diese Rolle die Erfahrung mit B2B-Software.

Viele Grüße aus Stuttgart
Lena Vogt
Teamlead Customer Success | Kundenwerk
Tel. +49 711 555 2033

""" + quote("""Sehr geehrte Frau Vogt,

anbei sende ich Ihnen meine Bewerbung als Onboarding Managerin. Über eine Einladung zu
einem Vorstellungsgespräch würde ich mich sehr freuen.

Clémence Nakamura-Diallo""", "Am 21.07.2026 um 09:12 schrieb Clémence Nakamura-Diallo <clemence.nd@example.fr>:")},

    {"kind": K, "slug": "de_agency_relay", "lang": "de", "company": "Filderwerk",
     "contact": "p.albrecht@personalbruecke.example.de",
     "frm": ("Paul Albrecht", "p.albrecht@personalbruecke.example.de"),
     "subject": "Feedback Filderwerk",
     "date": "2026-09-10 12:02 +0200",
     "text": """Hallo Clémence,

ich habe heute mit Filderwerk telefoniert. Der Kunde hat sich gegen Sie entschieden,
vor allem wegen der Deutschkenntnisse im Telefonsupport. Schade, das Gespräch lief aus
meiner Sicht gut.

Ich melde mich, sobald ich eine passende Position mit Französisch als Hauptsprache habe.

Beste Grüße
Paul Albrecht
Personalbrücke – Personalberatung Stuttgart"""},

    {"kind": K, "slug": "es_ats_teamtailor", "lang": "es", "company": "Nubalia",
     "contact": "", "frm": ("Nubalia", "no-reply@teamtailor-mail.com"),
     "subject": "Tu candidatura en Nubalia",
     "date": "2026-02-19 12:30 +0100", "fmt": "alt",
     "text": """Hola Clémence:

Gracias por presentar tu candidatura a Customer Success Specialist (mercado francés).

Hemos revisado tu perfil con atención y, lamentablemente, en esta ocasión no vamos a
continuar con tu proceso.

Te animamos a seguir atenta a nuestras vacantes.

Un saludo,
El equipo de Talento de Nubalia"""},

    {"kind": K, "slug": "es_human_after_call", "lang": "es", "company": "Tiendas Olmo",
     "contact": "carmen.roldan@tiendasolmo.example.es",
     "frm": ("Carmen Roldán", "carmen.roldan@tiendasolmo.example.es"),
     "subject": "RE: Entrevista atención al cliente Bruselas",
     "date": "2026-05-26 18:15 +0200", "cs": "windows-1252",
     "text": """Hola Clémence,

Muchas gracias por tu tiempo el jueves. Finalmente hemos optado por una persona que ya
trabajaba en nuestra tienda de Amberes, así que no seguiremos adelante contigo para este
puesto.

Te deseo mucha suerte en tu búsqueda.

Carmen Roldán
Responsable de Personas – Tiendas Olmo Benelux
Rue Neuve 60, 1000 Bruselas

""" + quote("""Hola Carmen,

Te escribo para agradecerte la entrevista de ayer. Me encantó conocer el equipo.

Un saludo,
Clémence""", "El vie, 22 may 2026 a las 10:02, Clémence Nakamura-Diallo (<clemence.nd@example.fr>) escribió:")},

    {"kind": K, "slug": "es_on_hold", "lang": "es", "company": "Datamar",
     "contact": "rrhh.paloma@datamar.example.es",
     "frm": ("Paloma Ibarra", "rrhh.paloma@datamar.example.es"),
     "subject": "Proceso Customer Success Luxemburgo",
     "date": "2026-07-21 09:10 +0200",
     "text": """Buenos días, Clémence:

Te escribo para informarte de que el puesto de Customer Success en Luxemburgo ha quedado
congelado hasta nuevo aviso. Por este motivo cerramos el proceso sin contratación y no
podremos avanzar con tu candidatura.

Gracias por tu interés y disculpa las molestias.

Paloma Ibarra
Recursos Humanos – Datamar"""},

    {"kind": K, "slug": "es_agency", "lang": "es", "company": "Puente Talento",
     "contact": "alvaro@puentetalento.example.es",
     "frm": ("Álvaro Méndez", "alvaro@puentetalento.example.es"),
     "subject": "Sobre la vacante de soporte bilingüe",
     "date": "2026-10-06 11:48 +0200",
     "text": """Hola Clémence,

Te cuento: nuestro cliente ha cerrado la selección de soporte bilingüe y no ha elegido tu
perfil. No me han dado más detalles, lo siento.

Sigo buscando opciones para ti en Bruselas y Luxemburgo.

Un abrazo,
Álvaro Méndez
Consultor de selección – Puente Talento"""},

    {"kind": K, "slug": "icims_telecom_en", "lang": "en", "company": "Brightwave Telecom",
     "contact": "", "frm": ("Brightwave Telecom Careers", "careers@brightwave.icims.com"),
     "subject": "Brightwave Telecom – application status",
     "date": "2026-01-30 22:10 +0000",
     "text": """Dear Clémence Nakamura-Diallo,

Thank you for your recent application for Customer Care Advisor (French), requisition
2026-1187.

After reviewing your application, we regret to inform you that you have not been
selected for further consideration for this position.

We appreciate your interest in Brightwave Telecom.

Sincerely,
Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""},

    {"kind": K, "slug": "ashby_startup_en", "lang": "en", "company": "Parcelwise",
     "contact": "", "frm": ("Parcelwise Hiring", "no-reply@ashbyhq.com"),
     "subject": "Parcelwise | Customer Success Associate",
     "date": "2026-08-13 19:44 +0200", "fmt": "html",
     "html": """<html><body style="font-family:Inter,sans-serif">
<p>Hey Clémence,</p>
<p>We really appreciate you taking the time to go through our async video step.</p>
<p>This one was tough. We're going with candidates who've already worked in B2B logistics
software, so we'll be closing out your application for now.</p>
<p>Cheers,<br>The Parcelwise crew</p>
<p style="color:#999;font-size:11px">Powered by Ashby</p>
</body></html>
""", "text": "x"},

    {"kind": K, "slug": "en_human_paris_terse", "lang": "en", "company": "Orbitale",
     "contact": "james.holt@orbitale.example.com",
     "frm": ("James Holt", "james.holt@orbitale.example.com"),
     "subject": "Re: CSM application",
     "date": "2026-09-02 08:20 +0200",
     "text": """Clémence - thanks, but we're not going to take this further. Good luck.

James

Sent from my phone"""},

    {"kind": K, "slug": "en_luxembourg_bank", "lang": "en", "company": "Banque du Kirchberg",
     "contact": "", "frm": ("Banque du Kirchberg HR", "bdk@taleo.net"),
     "subject": "Client Service Officer (ref. LUX-0342)",
     "date": "2026-04-22 09:03 +0200", "cs": "iso-8859-1",
     "text": """Dear Ms Nakamura-Diallo,

We are writing regarding your application for the role of Client Service Officer.

Having carefully assessed all candidates against the requirements of the position, we
are not in a position to offer you an interview on this occasion.

Yours sincerely,
Human Resources
Banque du Kirchberg S.A., 12 boulevard Royal, L-2449 Luxembourg

This message and any attachment are confidential and intended solely for the addressee.
If you are not the intended recipient, please notify the sender and delete it."""},

    {"kind": K, "slug": "en_agency_unnamed_client", "lang": "en", "company": "Clover Staffing",
     "contact": "aoife@cloverstaffing.example.ie",
     "frm": ("Aoife Brennan", "aoife@cloverstaffing.example.ie"),
     "subject": "Quick update on the fintech role",
     "date": "2026-06-30 17:25 +0100",
     "text": """Hi Clémence,

Just heard back from the hiring manager on the fintech support role I put you forward
for. They've decided to go another way, they wanted someone with Zendesk admin
experience. Sorry it's not better news!

Let's catch up next week, I have a couple of other things in the pipeline.

Aoife
Clover Staffing | Recruitment Consultant"""},

    {"kind": K, "slug": "softgarden_fr_retail", "lang": "fr", "company": "Galeries Ponant",
     "contact": "", "frm": ("Galeries Ponant", "noreply@softgarden.io"),
     "subject": "Suite donnée à votre candidature",
     "date": "2026-02-03 15:15 +0100",
     "text": """Bonjour Clémence,

Nous avons bien étudié votre candidature au poste d'Assistante Service Client
E-commerce. Nous ne sommes malheureusement pas en mesure de lui réserver une suite
favorable.

Nous conservons votre CV et ne manquerons pas de vous contacter si une opportunité
correspondant à votre profil se présentait.

Le service Recrutement de Galeries Ponant"""},

    {"kind": K, "slug": "recruitee_nantes", "lang": "fr", "company": "Loirlab",
     "contact": "camille.briand@loirlab.example.fr",
     "frm": ("Camille Briand via Recruitee", "notifications@jobs.recruitee.com"),
     "reply_to": ("Camille Briand", "camille.briand@loirlab.example.fr"),
     "subject": "Loirlab – votre candidature Chargée de succès client",
     "date": "2026-04-28 10:36 +0200", "fmt": "alt",
     "text": """Bonjour Clémence,

Merci d'avoir pris le temps de passer l'étude de cas. Nous avons fait le choix d'avancer
avec une candidate qui a déjà animé des formations clients en ligne.

Ce n'était pas simple à trancher. Merci encore pour la qualité de votre travail.

Camille Briand
Responsable Customer Success, Loirlab"""},

    {"kind": K, "slug": "consulting_brussels_fr", "lang": "fr", "company": "Vanbel Conseil",
     "contact": "recrutement.helene@vanbel.example.be",
     "frm": ("Hélène Dubois", "recrutement.helene@vanbel.example.be"),
     "subject": "Votre candidature chez Vanbel Conseil",
     "date": "2026-05-18 14:02 +0200", "cs": "windows-1252",
     "text": """Chère Madame,

Nous accusons réception de votre entretien du 12 mai et vous en remercions. À l’issue de
nos délibérations, nous regrettons de vous annoncer que nous avons retenu un autre profil
pour le poste de consultante support applicatif.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Hélène Dubois
Vanbel Conseil – Avenue Louise 221, 1050 Bruxelles
Tél. +32 2 555 48 10

Ce courriel et ses pièces jointes sont confidentiels. S’il vous est parvenu par erreur,
merci d’en avertir l’expéditeur et de le détruire."""},

    {"kind": K, "slug": "workable_nantes_after_trial", "lang": "fr", "company": "Fournil & Co",
     "contact": "", "frm": ("Fournil & Co", "noreply@workablemail.com"),
     "subject": "Suite à votre journée d'essai",
     "date": "2026-07-03 18:30 +0200", "fmt": "alt",
     "text": """Bonjour Clémence,

Merci d'être venue passer une journée avec notre équipe relation clients à Nantes.

Nous avons dû faire un choix entre plusieurs personnes très motivées et nous ne pourrons
pas vous proposer le poste. Nous vous souhaitons de trouver rapidement l'équipe qui vous
correspond.

L'équipe Fournil & Co"""},

    {"kind": K, "slug": "bamboohr_rennes_after_phone", "lang": "fr", "company": "Tribord",
     "contact": "", "frm": ("Tribord Recrutement", "notifications@bamboohr.com"),
     "subject": "Tribord : votre candidature au poste de Support Specialist",
     "date": "2026-08-25 09:15 +0200", "subj_enc": "iso-8859-1/Q",
     "text": """Bonjour Clémence,

Suite à notre échange téléphonique, nous avons décidé de poursuivre le processus avec
d'autres candidats dont le parcours se rapproche davantage des besoins de l'équipe.

Merci encore pour votre intérêt pour Tribord.

L'équipe RH"""},

    {"kind": K, "slug": "bank_brest_after_interview", "lang": "fr", "company": "Kerbank",
     "contact": "service.rh@kerbank.example.fr",
     "frm": ("Service RH Kerbank", "service.rh@kerbank.example.fr"),
     "subject": "Votre entretien du 4 septembre – décision",
     "date": "2026-09-11 16:06 +0200", "fmt": "alt",
     "text": """Madame,

Nous vous remercions d'avoir participé à l'entretien du 4 septembre pour le poste de
Conseillère clientèle à distance.

Malgré l'intérêt de votre parcours, nous avons choisi de ne pas retenir votre
candidature ; notre choix s'est porté sur une candidate disposant d'une certification
bancaire.

Nous vous souhaitons une bonne continuation.

Service des Ressources Humaines
Kerbank – 8 place de la République, 29200 Brest"""},

    {"kind": K, "slug": "luxembourg_fr_short", "lang": "fr", "company": "Moselle Telecom",
     "contact": "a.weber@moselletel.example.lu",
     "frm": ("Anne Weber", "a.weber@moselletel.example.lu"),
     "subject": "Réponse candidature",
     "date": "2026-10-01 08:58 +0200", "cs": "iso-8859-1", "subj_enc": "iso-8859-1/B",
     "text": """Bonjour Madame Nakamura-Diallo,

Après un premier tri, votre candidature ne correspond pas à ce que nous recherchons pour
ce poste de technicienne relation clients.

Bien cordialement,
Anne Weber
Moselle Telecom, Luxembourg"""},
]

for _m in MESSAGES:
    if _m.get("fmt") == "html":
        _m["text"] = _m["html"]
