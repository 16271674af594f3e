"""Corpus 356: everything that is not a job-application event, with many traps (digests and
newsletters, press and user-research interviews (Spanish), parcels, bank positions, viewings, doctors,
friends' own news, refused course places, cold approaches, the candidate's own mail)."""

from __future__ import annotations

from msgs356_common import ME, Spec, html_shell, msg

OTH = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


# ------------------------------------------------------------------ French
ASSURJOBS_ALERT = """AssurJobs - vos alertes emploi du lundi 9 mars 2026

12 nouvelles offres correspondent à votre alerte « gestionnaire sinistres - Occitanie ».

1. Gestionnaire sinistres auto H/F - Toulouse (31) - CDI
   Mutuelle régionale - publié il y a 2 jours
2. Téléconseiller indemnisation - Montpellier (34) - CDD 6 mois
   Société d'assistance - publié hier
3. Chargé de recouvrement sinistres - Albi (81) - CDI
   Cabinet de courtage - publié il y a 4 jours

Conseil de la semaine : un refus n'est jamais définitif ! Malheureusement, 7 candidats sur 10
abandonnent après le premier « non ». Préparez votre prochain entretien avec notre guide.

Voir toutes les offres : https://www.assurjobs.example.fr/alertes/3318

Vous recevez cet e-mail car vous avez créé une alerte sur AssurJobs.
Se désinscrire : https://www.assurjobs.example.fr/desinscription?u=3318
"""

ASSURJOBS_NEWS = """La lettre AssurJobs - avril 2026

DOSSIER : Reconversion vers l'assurance, mode d'emploi
Banque, commerce, hôtellerie : ils ont rejoint la gestion de sinistres. Témoignages.

ENTRETIEN D'EMBAUCHE : les 5 questions pièges du recruteur en indemnisation
« Parlez-moi d'un client mécontent que vous avez dû gérer »... nos conseils pour y répondre.

GÉRER UN REFUS : « Nous sommes au regret de vous informer que votre candidature n'a pas été
retenue » - et après ? Comment demander un retour constructif.

AGENDA : Salon de l'emploi assurance, Toulouse, 14 mai, Centre de congrès Pierre-Baudis.

Pour ne plus recevoir cette lettre : https://www.assurjobs.example.fr/newsletter/stop
"""

RADIO = """Bonjour Madame Belkacem-Hartley,

Je suis journaliste à Radio Garonne FM, où je prépare une série d'émissions sur les
reconversions professionnelles dans la région toulousaine. Votre témoignage publié sur le blog
de l'association Reconvert'Oc m'a beaucoup intéressée.

Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes, enregistrée dans
nos studios ou par téléphone ? Elle serait diffusée dans la matinale du 20 avril.

Dites-moi si cela vous tente !

Cordialement,
Élodie Sarrail
Journaliste - Radio Garonne FM
"""

COLIS = """Bonjour,

Malheureusement, votre colis n° CX 2231 8874 09 FR a pris du retard suite à un incident sur
notre plateforme de tri de Bruges (33).

Nouvelle date de livraison estimée : jeudi 23 avril 2026.

Nous vous prions de nous excuser pour ce désagrément.

Le service client ColisExpress
Ceci est un message automatique, merci de ne pas y répondre.
"""

BANQUE = """Madame Yasmine Belkacem-Hartley,

Votre position de compte au 30 avril 2026 est disponible dans votre espace client.

Compte courant n° ***4471 : solde créditeur
Livret A n° ***0932 : solde créditeur

Pour consulter le détail de vos opérations, connectez-vous à votre espace Banque Occitane en
Ligne.

Banque Occitane - Ce message vous est adressé automatiquement.
"""

VISITE = """Bonjour Madame,

Suite à votre demande, je vous confirme la visite de l'appartement T2 au 14 rue du Faubourg
Figuerolles, 34070 Montpellier, le samedi 11 avril à 11h00.

Le loyer est de 640 euros charges comprises. Merci de vous munir de votre dossier (trois
derniers bulletins de salaire, avis d'imposition, pièce d'identité). Si vous avez un nouveau
contrat de travail ou une promesse d'embauche, apportez-la également.

À samedi,
Francis Combes
Agence Immobilière Combes & Fils - 04 67 00 92 11
"""

DENTISTE = """Bonjour Yasmine Belkacem-Hartley,

Nous vous rappelons votre rendez-vous :

Cabinet dentaire du Dr Anne Soulié
Mardi 19 mai 2026 à 17h45
23 boulevard Carnot, 31000 Toulouse

En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 h à l'avance depuis votre
compte SantéRDV.

L'équipe SantéRDV
"""

INES = """Coucou ma belle,

Bon, je viens de recevoir la réponse de la mutuelle de Blagnac : c'est non. « Votre profil ne
correspond pas aux besoins actuels du poste », bla bla bla. Après deux entretiens, je suis
dégoûtée...

Et toi, des nouvelles de tes candidatures ? On se fait un café jeudi pour se remonter le
moral ?

Bisous,
Inès
"""

FRIEND_FWD_INNER = """Bonjour Madame Bousquet,

Nous avons le plaisir de vous convier à un entretien pour le poste de Conseillère clientèle
assurances le mercredi 3 juin 2026 à 14h00, dans notre agence de Colomiers.

Merci de confirmer votre présence.

Cordialement,
Service Recrutement - Assurances Lauragais
"""

FRIEND_FWD = """Yasmine, regarde ! J'ai enfin une convocation ! Tu crois que je dois mettre un
tailleur ou c'est trop ? Tu m'aides à préparer les questions ce week-end ?

Inès
"""

FORMATION = """Madame,

Nous avons bien reçu votre demande d'inscription au « Certificat professionnel de gestionnaire
sinistres IARD » (session de septembre 2026, Toulouse).

Nous avons le regret de vous informer que nous ne pouvons pas retenir votre candidature pour
cette session : le nombre de places financées par la Région est atteint. Vous êtes inscrite
sur liste d'attente (position 7) et serez prioritaire pour la session de janvier 2027.

Institut de Formation Assurance Sud - Service des admissions
"""

CHASSEUR = """Bonjour Yasmine,

Je me permets de vous contacter car je suis votre parcours sur le réseau professionnel depuis
votre article sur la relation client en agence bancaire.

Je dirige un cabinet de conseil en recrutement dédié aux métiers de l'assurance et de la
protection sociale dans le Sud-Ouest. Je n'ai pas de poste précis à vous proposer à ce jour,
mais je serais ravi de garder le contact pour de futures missions en indemnisation.

N'hésitez pas à m'envoyer votre CV à jour quand vous le souhaiterez.

Bien à vous,
Stéphane Aubert
Aubert Talents Assurance - Toulouse
"""

OWN_LESTRADE = """Bonjour Madame Lestrade,

Je vous adresse ma candidature en réponse à votre annonce « Gestionnaire sinistres junior H/F
- Bordeaux Métropole » parue sur AssurJobs.

Conseillère clientèle depuis huit ans dans une agence bancaire toulousaine, j'ai géré au
quotidien des demandes sensibles (litiges, successions, sinistres sur contrats d'assurance
distribués par la banque). Je souhaite aujourd'hui me consacrer pleinement à la gestion de
sinistres et je suis mobile sur Bordeaux.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un échange.

Bien cordialement,
Yasmine Belkacem-Hartley
06 12 48 73 09
"""

OWN_SES = """Bonjour Monsieur Fabre,

Actuellement conseillère bancaire à Toulouse et en reconversion vers la gestion de sinistres,
je me permets de vous adresser une candidature spontanée pour un poste d'assistante au sein
de votre cabinet d'expertise.

Je suis titulaire d'un BTS Banque et je prépare en parallèle le Certificat professionnel de
gestionnaire sinistres. Mon CV est joint à ce message.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Yasmine Belkacem-Hartley
"""

OWN_OCBA = """Madame Salles,

Je vous remercie pour votre invitation. Malheureusement, le lundi 18 mai à 15h00 tombe en même
temps qu'une formation obligatoire dans mon agence actuelle.

Serait-il possible de décaler notre entretien au mardi 19 ou au mercredi 20 mai, à l'horaire
qui vous conviendra ?

Avec mes excuses pour ce contretemps,
Yasmine Belkacem-Hartley
"""

OOO_FR = """Bonjour,

Je suis absente du 13 au 24 avril inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter
recrutement@garonne-prevoyance.example.fr.

Cordialement,
Claire Dumoulin-Vidal
"""

OWN_TO_CLAIRE = """Bonjour Madame Dumoulin-Vidal,

Je me permets de vous écrire pour vous confirmer que j'ai bien transmis l'ensemble des
justificatifs demandés par Madame Roux. J'ai hâte de commencer le 6 avril !

Bien cordialement,
Yasmine Belkacem-Hartley
"""

AGENCE_EMPLOI = """Madame Belkacem-Hartley,

Vous êtes convoquée à un entretien de suivi de votre projet de reconversion avec votre
conseillère, Mme Sylvie Andrieu.

Date : lundi 12 janvier 2026 à 10h15
Lieu : Agence Emploi Occitanie - Toulouse Minimes, 3 rue Claude-Bernard

Ce rendez-vous porte sur le financement de votre formation de gestionnaire sinistres.

Agence Emploi Occitanie
"""

SINISTRE_PERSO = """Madame,

Nous avons bien enregistré votre déclaration de sinistre n° AUTO-26-558120 (bris de glace,
véhicule Peugeot 208 immatriculé GH-417-KT).

Un rendez-vous a été pris pour vous auprès du réparateur agréé Vitrage Express Toulouse Purpan
le jeudi 14 mai à 8h30. Aucune avance de frais ne vous sera demandée, hors franchise de
75 euros.

Votre gestionnaire sinistres reste à votre disposition.

Service Indemnisation Auto - Assur'Direct Sud
"""

WEBINAR = """Bonjour Yasmine,

Merci pour votre inscription au webinaire « Réussir sa reconversion dans l'assurance : de
l'entretien d'embauche à la prise de poste » !

Rendez-vous le jeudi 4 juin 2026 à 12h30 (45 min). L'invitation pour votre agenda est jointe.

Au programme : comment rebondir après un refus, les questions d'entretien en indemnisation,
les certifications utiles.

À jeudi,
L'équipe AssurJobs
"""

# ------------------------------------------------------------------ English
INSURECAREERS = """InsureCareers UK - Weekly job alert

Hi Yasmine, here are 8 new jobs matching "claims handler French":

* Claims Handler (Property) - French speaking - London EC3 - GBP 28,000-32,000
* Motor Claims Negotiator - Croydon - GBP 26,500
* Travel Assistance Case Manager (French/English) - Brighton

Career tip: Unfortunately, most rejection emails are automated. Don't take it personally -
instead, ask for feedback after an interview and keep your pipeline full.

View all jobs: https://www.insurecareers.example.co.uk/alerts/991

You're receiving this because you signed up for job alerts. Unsubscribe:
https://www.insurecareers.example.co.uk/unsubscribe/991
"""

PODCAST = """Hi Yasmine,

I host "Second Act", a podcast about people who changed careers in their thirties. A friend
of yours, Emma Collins, mentioned you're moving from banking into insurance claims across
three countries - that's exactly the kind of story our listeners love.

Would you be up for a 40-minute recorded interview over Zoom sometime in June? No preparation
needed, and you'd get to approve the edit before it goes out.

Cheers,
Nick Hallam
Second Act Podcast
"""

PARCEL = """Hello Yasmine,

Unfortunately your parcel is delayed.

Tracking number: SWX-44170293-GB
Reason: customs clearance
New estimated delivery: Tuesday 14 July

We're sorry for the inconvenience. You can track your parcel at any time in the Swiftex app.

Swiftex Deliveries
"""

EMMA_FWD_INNER = """Dear Emma,

Thank you for your interest in the Claims Handler role at Redbridge Mutual.

Unfortunately, we will not be progressing your application on this occasion. We wish you every
success in your search.

Redbridge Mutual Recruitment
"""

EMMA = """Yas - look at this. Third one this month. I honestly don't know what they want any
more. Drinks when you're in London next week?

Emma x
"""

EN_THANKS = """Dear Gregory and Clara,

Thank you both very much for taking the time to speak with me this afternoon. I really enjoyed
learning how the French Desk handles breakdowns and medical repatriation cases, and it
confirmed how much I would like to join the team.

Please don't hesitate to contact me if you need anything further.

Kind regards,
Yasmine Belkacem-Hartley
"""

OOO_EN = """Thank you for your email. I am out of the office until Monday 29 June with limited
access to email. For urgent matters please call the Harbourline office on +44 20 7946 0100.

Tom Aldridge
Harbourline Recruitment
"""

# ------------------------------------------------------------------ German
ASSEKURANZ = """AssekuranzKarriere Newsletter - Ausgabe 18/2026

Liebe Leserinnen und Leser,

diese Woche im Fokus: Die Absage nach dem Vorstellungsgespräch. Warum sie kein Weltuntergang
ist und wie Sie um ein Feedback bitten, ohne aufdringlich zu wirken.

Außerdem:
- Gehaltsreport 2026: Was verdienen Schadensachbearbeiter in Bayern?
- Quereinstieg aus der Bank: drei Erfahrungsberichte
- Leider noch immer selten: Teilzeit in der Schadenregulierung

Newsletter abbestellen: https://www.assekuranz-karriere.example.de/abmelden
"""

DE_OWN_APP = """Sehr geehrte Frau Pichler,

hiermit bewerbe ich mich um die Position als Mitarbeiterin Schadenmanagement Fahrzeugflotte,
die auf Ihrer Website ausgeschrieben ist.

Seit acht Jahren arbeite ich als Kundenberaterin in einer Bank in Toulouse und habe dabei
viele Versicherungsfälle unserer Kunden begleitet. Ich spreche Französisch, Englisch und
Deutsch (C1) und bin bereit, nach München umzuziehen.

Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
Yasmine Belkacem-Hartley
"""

WOHNUNG = """Hallo Frau Belkacem-Hartley,

danke für Ihre Anfrage zur 2-Zimmer-Wohnung in der Schleißheimer Straße. Gerne können Sie die
Wohnung besichtigen: Besichtigungstermin ist am Samstag, 18. Juli, um 11:30 Uhr.

Bitte bringen Sie eine Mieterselbstauskunft und, falls vorhanden, Ihren Arbeitsvertrag mit.

Viele Grüße
Michael Brandl
Hausverwaltung Brandl
"""

SPRACHSCHULE = """Sehr geehrte Frau Belkacem-Hartley,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch für den Beruf (C1) im September.

Leider ist der Kurs bereits ausgebucht, sodass wir Ihre Anmeldung nicht berücksichtigen
können. Gerne setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz im
Oktoberkurs.

Mit freundlichen Grüßen
Sprachschule Isar - Kursbüro
"""

PRESSE = """Sehr geehrte Frau Belkacem-Hartley,

für die Herbstausgabe des Versicherungsmagazins Süd bereiten wir einen Beitrag über
Fachkräfte aus dem europäischen Ausland in der bayerischen Versicherungsbranche vor.

Hätten Sie Interesse an einem kurzen Interview (ca. 20 Minuten, telefonisch)? Wir würden
Ihren Namen nur mit Ihrer Zustimmung nennen.

Mit freundlichen Grüßen
Sabine Ortner
Redaktion Versicherungsmagazin Süd
"""

PAKET = """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1612 8890 21.

Grund: hohes Sendungsaufkommen im Paketzentrum
Neuer voraussichtlicher Zustelltag: Mittwoch, 19. August 2026

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz Kundenservice
"""

OOO_DE = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. August nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an recruiting@isarwerk.example.de.

Mit freundlichen Grüßen
Katharina Huber
"""

XING = """Hallo Frau Belkacem-Hartley,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang von der Bank in Richtung
Schadenregulierung spannend.

Als Recruiterin für Versicherungsunternehmen in Süddeutschland habe ich regelmäßig Positionen
für mehrsprachige Sachbearbeiter. Aktuell ist nichts Passendes dabei, aber ich würde mich
freuen, wenn wir vernetzt bleiben.

Beste Grüße
Verena Stadler
Stadler Recruiting
"""

# ------------------------------------------------------------------ Spanish
SEGUREMPLEO = """SegurEmpleo - Tus alertas de empleo

Hola Yasmine, tenemos 6 ofertas nuevas para "tramitador siniestros francés":

- Tramitador/a de siniestros de hogar con francés - Barcelona - Indefinido
- Gestor/a de asistencia en carretera - L'Hospitalet de Llobregat - Temporal
- Perito tramitador junior - Sabadell - Indefinido

Consejo: ¿Te han rechazado en una entrevista? Lamentablemente pasa a menudo. Pide siempre
feedback y sigue adelante.

Ver todas: https://www.seguremple0.example.es/alertas/5521
Darte de baja: https://www.seguremple0.example.es/baja/5521
"""

ES_OWN_APP = """Estimada Sra. Pons:

Le escribo para presentar mi candidatura al puesto de Gestora de Siniestros publicado en la
web de Andorra Assegurances.

Trabajo desde hace ocho años como asesora en una oficina bancaria de Toulouse, donde he
acompañado a muchos clientes en la tramitación de siniestros. Hablo francés, español, inglés y
alemán, y me encantaría instalarme en Andorra.

Adjunto mi currículum.

Atentamente,
Yasmine Belkacem-Hartley
"""

ES_OWN_RESCHED = """Hola Roser:

Muchas gracias por la invitación. ¿Sería posible hacer la entrevista un poco más tarde ese
mismo día? Llego en tren desde Toulouse y el primer tren no llega a Sants hasta las 10:05.

Un saludo,
Yasmine
"""

PISO = """Hola Yasmine:

Te confirmo la visita al piso de la calle Verdi, en Gràcia, para el jueves 30 de julio a las
19:00. Es un segundo sin ascensor, 55 m2, 1.150 euros al mes.

Trae, si puedes, tu contrato de trabajo o la carta de oferta y las últimas nóminas.

Saludos,
Jaume Ferrer
Finques Ferrer
"""

RADIO_ES = """Hola Yasmine:

Soy Marta, productora del programa "Gent que canvia" de Ràdio Pirineu. Estamos preparando un
especial sobre personas que cambian de profesión y se mudan a Andorra.

¿Te gustaría participar en una entrevista en directo de unos diez minutos el martes 12 de
mayo a las 18:30? Podría ser por teléfono.

Gracias y un saludo,
Marta Sansa
Ràdio Pirineu
"""

CURSO = """Estimada alumna:

Le informamos de que no ha sido posible admitir su solicitud para el Curso de Mediador de
Seguros (Grupo B) de la convocatoria de otoño, ya que todas las plazas han sido cubiertas.

Puede inscribirse en la lista de espera o solicitar plaza para la convocatoria de primavera.

Secretaría Académica
Escuela de Seguros de Cataluña
"""

GPS = """LocaliCar - Actualización de posición

Tu vehículo GH-417-KT ha cambiado de posición.
Última posición registrada: Avinguda Diagonal 611, Barcelona
Hora: 02/08/2026 21:47

Si no reconoces este movimiento, contacta con nosotros.

LocaliCar - Servicio de localización de vehículos
"""

LUCIA = """¡Hola guapa!

¿Sabes qué? Me han llamado de la aseguradora de Girona para una entrevista el lunes. Estoy
nerviosísima. Tú que ya has hecho mil entrevistas, ¿me das algún consejo?

Y cuéntame qué tal te va en Barcelona, que no sé nada de ti desde julio.

Un beso,
Lucía
"""

UXR_ES = """Hola Yasmine:

Gracias por usar Rutaflex para tus viajes en tren. Estamos buscando usuarios para una breve
entrevista de investigación (30 minutos, por videollamada) sobre cómo planificas tus trayectos
entre Francia y España.

Como agradecimiento, te regalaremos un bono de 20 euros para tu próximo billete.

Reserva tu entrevista: https://research.rutaflex.example.es/sesiones

Equipo de Experiencia de Usuario de Rutaflex
"""

INES_ADDR = ("Inès Bousquet", "ines.bousquet@example.fr")
EMMA_ADDR = ("Emma Collins", "emma.collins@example.co.uk")
LESTRADE = ("Pauline Lestrade", "pauline.lestrade@cabinet-lestrade.example.fr")
FABRE = ("Gérard Fabre", "gerard.fabre@sinistres-expertise-sud.example.fr")
SALLES = ("Corinne Salles", "corinne.salles@oc-banque-assurances.example.fr")
CLAIRE = ("Claire Dumoulin-Vidal", "c.dumoulin-vidal@garonne-prevoyance.example.fr")
PICHLER = ("Andrea Pichler", "andrea.pichler@mietfix.example.de")
NURIA = ("Núria Pons Vidal", "nuria.pons@andorra-assegurances.example.ad")
ROSER = ("Roser Bosch", "roser.bosch@mutualayetana.example.es")
GREG = ("Gregory Nwosu", "gregory.nwosu@brightwater-assistance.example.co.uk")
CV = ("CV_Yasmine_Belkacem-Hartley.pdf", [
    "Yasmine Belkacem-Hartley", "Toulouse - yasmine.belkacem@example.fr - 06 12 48 73 09", "",
    "Conseillère clientèle, agence bancaire, Toulouse (2018-2026)",
    "Guichetière, agence bancaire, Montauban (2016-2018)",
    "BTS Banque - Langues : français, anglais, espagnol, allemand (C1)"])

FR_MSGS = [
    msg("o_assurjobs_alert", OTH, "fr", ("AssurJobs", "alertes@assurjobs.example.fr"),
        "12 nouvelles offres : gestionnaire sinistres - Occitanie", "2026-03-09 06:00 +0100",
        ASSURJOBS_ALERT, html=html_shell(ASSURJOBS_ALERT, "AssurJobs", "#ff6a00"),
        headers=bulk("AssurJobs alertes <alertes.assurjobs.example.fr>",
                     "https://www.assurjobs.example.fr/desinscription?u=3318")),
    msg("o_assurjobs_news", OTH, "fr", ("La lettre AssurJobs", "newsletter@assurjobs.example.fr"),
        "Entretien, refus, reconversion : la lettre d'avril", "2026-04-02 07:30 +0200", None,
        html=html_shell(ASSURJOBS_NEWS, "La lettre AssurJobs", "#ff6a00"),
        headers=bulk("Lettre AssurJobs <lettre.assurjobs.example.fr>",
                     "mailto:desinscription@assurjobs.example.fr")),
    msg("o_radio", OTH, "fr", ("Élodie Sarrail", "e.sarrail@radiogaronne.example.fr"),
        "Demande d'interview - série reconversions", "2026-04-07 10:31 +0200", RADIO,
        name_enc="q:iso-8859-1"),
    msg("o_colis", OTH, "fr", ("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
        "Malheureusement, votre colis est retardé", "2026-04-21 05:12 +0200", COLIS,
        charset="iso-8859-1", cte="quoted-printable", subj_enc="q:iso-8859-1"),
    msg("o_banque", OTH, "fr", ("Banque Occitane", "information@banque-occitane.example.fr"),
        "Votre position de compte au 30 avril", "2026-05-01 03:20 +0200", None,
        html=html_shell(BANQUE, "Banque Occitane", "#004a99",
                        "Banque Occitane - société coopérative de banque populaire")),
    msg("o_visite", OTH, "fr", ("Francis Combes", "f.combes@agence-combes.example.fr"),
        "Visite appartement T2 Figuerolles - samedi 11 avril", "2026-04-08 18:05 +0200",
        VISITE, charset="windows-1252", cte="8bit"),
    msg("o_dentiste", OTH, "fr", ("SantéRDV", "rappel@santerdv.example.fr"),
        "Rappel : votre rendez-vous du mardi 19 mai", "2026-05-18 09:00 +0200", DENTISTE,
        html=html_shell(DENTISTE, "SantéRDV", "#0596de"), name_enc="b:utf-8"),
    msg("o_ines", OTH, "fr", INES_ADDR, "bon ben c'est raté...", "2026-05-22 21:47 +0200", INES,
        cte="8bit"),
    msg("o_ines_fwd", OTH, "fr", INES_ADDR, "TR: Convocation entretien - Conseillère clientèle",
        "2026-05-27 12:14 +0200", FRIEND_FWD,
        fwd=msg("o_ines_fwd_inner", OTH, "fr",
                ("Assurances Lauragais", "recrutement@assurances-lauragais.example.fr"),
                "Convocation entretien - Conseillère clientèle", "2026-05-27 09:30 +0200",
                FRIEND_FWD_INNER, to=[INES_ADDR])),
    msg("o_formation", OTH, "fr",
        ("Institut de Formation Assurance Sud", "admissions@ifas-formation.example.fr"),
        "Votre demande d'inscription - Certificat gestionnaire sinistres IARD",
        "2026-07-03 14:22 +0200", FORMATION, charset="iso-8859-1", cte="base64"),
    msg("o_chasseur", OTH, "fr", ("Stéphane Aubert", "stephane@aubert-talents.example.fr"),
        "Prise de contact", "2026-08-25 08:58 +0200", CHASSEUR, name_enc="b:windows-1252"),
    msg("o_own_lestrade", OTH, "fr", ME,
        "Candidature - Gestionnaire sinistres junior H/F - Bordeaux Métropole",
        "2026-02-22 20:14 +0100", OWN_LESTRADE, to=[LESTRADE], attach=[CV]),
    msg("o_own_ses", OTH, "fr", ME, "Candidature spontanée - assistante expert",
        "2026-01-16 21:30 +0100", OWN_SES, to=[FABRE], attach=[CV], charset="iso-8859-1",
        cte="quoted-printable"),
    msg("o_own_ocba", OTH, "fr", ME, "RE: Invitation à un entretien - Conseillère indemnisation",
        "2026-05-06 20:02 +0200", OWN_OCBA, to=[SALLES], parent="ocba_inv", quote="outlook_fr"),
    msg("o_own_claire", OTH, "fr", ME, "Documents transmis", "2026-04-13 08:15 +0200",
        OWN_TO_CLAIRE, to=[CLAIRE]),
    msg("o_ooo_fr", OTH, "fr", CLAIRE, "Réponse automatique : Documents transmis",
        "2026-04-13 08:16 +0200", OOO_FR, parent="o_own_claire",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    msg("o_agence_emploi", OTH, "fr",
        ("Agence Emploi Occitanie", "no-reply@agence-emploi-occitanie.example.fr"),
        "Convocation : entretien de suivi avec votre conseillère", "2026-01-05 11:02 +0100",
        AGENCE_EMPLOI, charset="windows-1252", cte="quoted-printable"),
    msg("o_sinistre_perso", OTH, "fr",
        ("Assur'Direct Sud - Indemnisation", "indemnisation@assurdirect-sud.example.fr"),
        "Votre déclaration de sinistre AUTO-26-558120", "2026-05-11 11:40 +0200",
        SINISTRE_PERSO, subj_enc="q:windows-1252"),
    msg("o_webinar", OTH, "fr", ("AssurJobs Événements", "evenements@assurjobs.example.fr"),
        "Confirmation d'inscription : webinaire reconversion dans l'assurance",
        "2026-05-28 13:00 +0200", WEBINAR,
        headers=bulk("AssurJobs evenements <evenements.assurjobs.example.fr>",
                     "https://www.assurjobs.example.fr/evenements/stop"),
        cal={"uid": "webinaire-reconversion-0604@assurjobs.example.fr", "seq": 0,
             "start": "2026-06-04 12:30", "end": "2026-06-04 13:15",
             "summary": "Webinaire AssurJobs - Réussir sa reconversion dans l'assurance",
             "location": "En ligne"}),
]

EN_MSGS = [
    msg("o_insurecareers", OTH, "en", ("InsureCareers UK", "alerts@insurecareers.example.co.uk"),
        "8 new jobs for \"claims handler French\"", "2026-05-04 06:30 +0100", INSURECAREERS,
        html=html_shell(INSURECAREERS, "InsureCareers UK", "#222f5b"),
        headers=bulk("InsureCareers job alerts <alerts.insurecareers.example.co.uk>",
                     "https://www.insurecareers.example.co.uk/unsubscribe/991")),
    msg("o_podcast", OTH, "en", ("Nick Hallam", "nick@secondactpod.example.com"),
        "Podcast interview? (Second Act)", "2026-05-15 19:12 +0100", PODCAST),
    msg("o_parcel", OTH, "en", ("Swiftex Deliveries", "noreply@swiftex.example.co.uk"),
        "Unfortunately your parcel is delayed", "2026-07-10 07:05 +0100", PARCEL),
    msg("o_emma", OTH, "en", EMMA_ADDR, "Fwd: Your application to Redbridge Mutual",
        "2026-06-18 22:10 +0100", EMMA,
        fwd=msg("o_emma_inner", OTH, "en",
                ("Redbridge Mutual Recruitment", "recruitment@redbridge-mutual.example.co.uk"),
                "Your application to Redbridge Mutual", "2026-06-18 16:00 +0100",
                EMMA_FWD_INNER, to=[EMMA_ADDR])),
    msg("o_en_thanks", OTH, "en", ME, "Thank you - Assistance Coordinator interview",
        "2026-06-17 18:30 +0200", EN_THANKS, to=[GREG],
        cc=[("Clara Benedetti", "clara.benedetti@brightwater-assistance.example.co.uk")]),
    msg("o_ooo_en", OTH, "en", ("Tom Aldridge", "tom.aldridge@harbourline.example.co.uk"),
        "Automatic reply: Thamesmead Motor Claims - interview request",
        "2026-06-22 08:01 +0100", OOO_EN,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
]

DE_MSGS = [
    msg("o_assekuranz", OTH, "de",
        ("AssekuranzKarriere", "newsletter@assekuranz-karriere.example.de"),
        "Absage nach dem Vorstellungsgespräch - und jetzt?", "2026-05-06 07:00 +0200",
        ASSEKURANZ, html=html_shell(ASSEKURANZ, "AssekuranzKarriere", "#7b1fa2"),
        headers=bulk("AssekuranzKarriere Newsletter <news.assekuranz-karriere.example.de>",
                     "https://www.assekuranz-karriere.example.de/abmelden")),
    msg("o_de_own_app", OTH, "de", ME,
        "Bewerbung als Mitarbeiterin Schadenmanagement Fahrzeugflotte",
        "2026-04-26 21:05 +0200", DE_OWN_APP, to=[PICHLER], attach=[CV],
        charset="iso-8859-1", cte="quoted-printable"),
    msg("o_wohnung", OTH, "de", ("Michael Brandl", "m.brandl@hv-brandl.example.de"),
        "Besichtigungstermin Schleißheimer Straße", "2026-07-13 12:44 +0200", WOHNUNG,
        subj_enc="q:iso-8859-1", charset="iso-8859-1", cte="8bit"),
    msg("o_sprachschule", OTH, "de", ("Sprachschule Isar", "kursbuero@sprachschule-isar.example.de"),
        "Ihre Anmeldung zum Intensivkurs C1", "2026-07-21 10:30 +0200", SPRACHSCHULE),
    msg("o_presse", OTH, "de", ("Sabine Ortner", "s.ortner@versicherungsmagazin-sued.example.de"),
        "Interviewanfrage Versicherungsmagazin Süd", "2026-08-04 15:20 +0200", PRESSE,
        subj_enc="b:utf-8", cte="base64"),
    msg("o_paket", OTH, "de", ("PaketBlitz", "noreply@paketblitz.example.de"),
        "Ihre Sendung verzögert sich", "2026-08-17 06:40 +0200", PAKET,
        subj_enc="q:utf-8", html=html_shell(PAKET, "PaketBlitz", "#ffcc00")),
    msg("o_ooo_de", OTH, "de", ("Katharina Huber", "katharina.huber@isarwerk.example.de"),
        "Abwesenheitsnotiz: Ihr Vertragsangebot - Isarwerk Versicherung",
        "2026-07-20 09:12 +0200", OOO_DE,
        headers={"Auto-Submitted": "auto-replied"}, charset="windows-1252"),
    msg("o_xing", OTH, "de", ("Verena Stadler", "verena.stadler@stadler-recruiting.example.de"),
        "Vernetzung - Versicherungen Süddeutschland", "2026-09-09 13:13 +0200", XING,
        cte="quoted-printable"),
]

ES_MSGS = [
    msg("o_segurempleo", OTH, "es", ("SegurEmpleo", "alertas@seguremple0.example.es"),
        "6 ofertas nuevas de tramitador siniestros francés", "2026-06-15 08:00 +0200",
        SEGUREMPLEO, html=html_shell(SEGUREMPLEO, "SegurEmpleo", "#0d47a1"),
        headers=bulk("SegurEmpleo alertas <alertas.seguremple0.example.es>",
                     "https://www.seguremple0.example.es/baja/5521")),
    msg("o_es_own_app", OTH, "es", ME, "Candidatura - Gestora de Siniestros",
        "2026-04-30 19:48 +0200", ES_OWN_APP, to=[NURIA], attach=[CV], cte="8bit"),
    msg("o_es_own_resched", OTH, "es", ME,
        "RE: Entrevista - Tramitadora de Siniestros Multirriesgo", "2026-07-09 21:15 +0200",
        ES_OWN_RESCHED, to=[ROSER], parent="lay_inv", quote="es"),
    msg("o_piso", OTH, "es", ("Jaume Ferrer", "jaume@finquesferrer.example.es"),
        "Visita piso calle Verdi", "2026-07-27 11:00 +0200", PISO, charset="iso-8859-1",
        cte="quoted-printable"),
    msg("o_radio_es", OTH, "es", ("Marta Sansa", "marta.sansa@radiopirineu.example.ad"),
        "Entrevista en Ràdio Pirineu", "2026-05-05 10:10 +0200", RADIO_ES,
        subj_enc="q:windows-1252"),
    msg("o_curso", OTH, "es", ("Escuela de Seguros de Cataluña", "secretaria@escuelaseguros.example.es"),
        "Solicitud de plaza - Curso de Mediador de Seguros", "2026-09-22 12:30 +0200", CURSO,
        name_enc="b:utf-8", html=html_shell(CURSO, "Escuela de Seguros de Cataluña")),
    msg("o_gps", OTH, "es", ("LocaliCar", "avisos@localicar.example.es"),
        "Actualización de posición de tu vehículo", "2026-08-02 21:48 +0200", GPS,
        subj_enc="b:iso-8859-1"),
    msg("o_lucia", OTH, "es", ("Lucía Martín", "lucia.martin@example.es"), "¡Tengo entrevista!",
        "2026-10-01 23:02 +0200", LUCIA, name_enc="q:utf-8", subj_enc="b:utf-8"),
    msg("o_rutaflex", OTH, "es", ("Rutaflex", "research@rutaflex.example.es"),
        "¿Nos ayudas? Entrevista de 30 minutos = 20 euros", "2026-10-14 17:35 +0200", UXR_ES,
        headers={"Precedence": "bulk"}, html=html_shell(UXR_ES, "Rutaflex", "#e53935")),
]

MESSAGES: list[Spec] = [*FR_MSGS, *EN_MSGS, *DE_MSGS, *ES_MSGS]
