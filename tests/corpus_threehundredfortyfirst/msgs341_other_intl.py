"""other (English, German, French): own mail, digests, press, deliveries, friends, traps."""

from __future__ import annotations

from msgs341_common import (
    AUTO,
    CAMILLE,
    CIARAN,
    FERGAL,
    JULIA,
    KATRIN,
    MARKUS,
    ME,
    THIBAULT,
    bulk,
    html_plain,
    html_shell,
    m,
)

T = "other"

# ----------------------------------------------------------------------------- English
_confirm_pembroke = """Hi Ciarán,

Thanks so much - Monday 20 April at 14:00 works perfectly for me. Please go ahead and
confirm with Fitzwilliam.

A quick prep call would be great, maybe Friday afternoon?

Best,
Itziar"""

_reply_corrib = """Hi Fergal,

Thanks for getting in touch! Tuesday 5 May at 10:00 (Irish time) suits me well. Ringing my
mobile is perfect: +34 688 000 418.

Looking forward to it,
Itziar"""

_alert_ie = """Your daily job alert: "ergonomics" in Dublin

Ergonomics Advisor - Pharma Manufacturing | Swords | Posted 2 days ago
"Two-stage interview process; unsuccessful candidates will be notified."

Occupational Health Physiotherapist | Dublin 2 | Posted today
"Interview slots available next week for shortlisted applicants."

Manual Handling Instructor (Part-time) | Tallaght | Posted 3 days ago

CAREER TIP: Unfortunately, rejection is part of every job search. Read "7 ways to bounce
back after an interview that didn't go your way".

You are receiving this because you set up a job alert on JobHarbour.ie.
Manage alerts or unsubscribe: https://jobharbour.example.ie/alerts"""

_podcast = """Hi Itziar,

I host The Ergonomics Hour, a podcast for health and safety professionals (about 6,000
listeners, mostly in Ireland and the UK). A colleague shared your LinkedIn article on
physiotherapists moving into occupational ergonomics and I'd love to interview you for an
episode.

We'd record remotely for about 40 minutes, any time in the week of 12 October. No
preparation needed beyond a quick chat about topics beforehand.

Would you be interested?

Thanks,
Orla Brady
Host, The Ergonomics Hour"""

_parcel_en = """Hi Itziar,

Unfortunately your parcel is delayed.

Order: #IE-55821 (Anatomy flashcards, 1 item)
Reason: Adverse weather affecting air freight from Dublin hub
New estimated delivery: Thursday 5 November - Monday 9 November

We're sorry for the inconvenience. You don't need to do anything; we'll email you again
when your parcel is on its way.

ParcelWave Customer Care"""

_friend_en = """Hey Itz,

Just a quick vent - I heard back from the hospital in Cork and it's a no. "We've decided to
move forward with candidates whose experience more closely matches..." you know the
drill. Four interviews for that!

Anyway, how did your Dublin one go? Fingers crossed for you.

Chat soon,
Siobhán x"""

_flight = """Dear Itziar Goikoetxea Mendizabal,

Unfortunately your flight has been rescheduled.

Booking reference: QK7P2M
Flight SB 412 Bilbao (BIO) - Dublin (DUB), Tuesday 21 April
Original departure: 07:05  New departure: 11:40

If the new time does not suit you, you can change to another flight free of charge or
request a refund in Manage Booking.

We apologise for any inconvenience caused.
SkyBiscay Customer Service"""

# ----------------------------------------------------------------------------- German
_jobletter = """Ihr Jobletter für Stuttgart und Umgebung - KW 11

Neue Stellen passend zu "Ergonomie":

- Ergonom/in Produktion (m/w/d) | Fellbach
  "Schnelles Verfahren: Vorstellungsgespräch innerhalb von 7 Tagen"
- Fachkraft für Arbeitssicherheit (m/w/d) | Esslingen
- Physiotherapeut/in Betriebliches Gesundheitsmanagement | Böblingen
  "Keine Absage ohne persönliches Feedback"

Karriere-Tipp der Woche: Leider sagen viele Bewerbende nach einer Absage zu schnell auf.
So bereiten Sie sich auf Ihr nächstes Interview vor.

Sie erhalten diesen Jobletter, weil Sie ihn bei Jobfinder Neckar abonniert haben.
Abmelden: https://jobfinder-neckar.example.de/abmelden"""

_wohnung = """Hallo Frau Goikoetxea,

leider muss ich den Besichtigungstermin für das möblierte Apartment in der Rotebühlstraße
am Samstag verschieben, da die Handwerker noch nicht fertig sind.

Wäre Ihnen Montag, 11. Mai, um 18 Uhr recht? Alternativ kann ich Ihnen auch eine
Video-Besichtigung anbieten, falls Sie noch in Spanien sind.

Viele Grüße
Gerhard Wöhrle"""

_paket = """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1188 2267.

Grund: erhöhtes Sendungsaufkommen im Verteilzentrum Ludwigsburg
Neue voraussichtliche Zustellung: Mittwoch, 27. Mai 2026

Sie können Ihre Sendung jederzeit online verfolgen.

Ihr Paket Express Schwaben Kundenservice"""

_depot = """Guten Tag Frau Goikoetxea Mendizabal,

Ihre Depotübersicht zum 31.03.2026 steht bereit.

Positionen: 3
Gesamtwert: 6.874,10 EUR
Veränderung seit Jahresbeginn: -1,8 %

Die Details zu allen Positionen finden Sie in Ihrem Postfach in der App.

Ihr Finanzwerk-Team
Dies ist eine automatisch versendete Nachricht."""

_headhunter_de = """Liebe Frau Goikoetxea,

ich bin über Ihr Profil auf einer Fachplattform auf Sie aufmerksam geworden. Als
Personalberater für das Gesundheitswesen im Raum Stuttgart betreue ich immer wieder
Mandate im Bereich Ergonomie und Arbeitsschutz.

Aktuell habe ich keine konkrete Position, würde Sie aber gerne in mein Netzwerk aufnehmen.
Wenn Sie mögen, senden Sie mir einfach Ihren Lebenslauf.

Beste Grüße
Markus Feil
Neckar Health Partners - Personalberatung Gesundheitswesen"""

_danke_amd = """Liebe Frau Brenninger,

vielen Dank für das freundliche Gespräch heute Vormittag und die Zeit, die Sie und
Dr. Albrecht sich genommen haben. Die Einblicke in die Arbeit in den Kundenbetrieben fand
ich sehr spannend.

Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Itziar Goikoetxea Mendizabal"""

_ooo_katrin = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
bitte an hr-zentral@hessler.example.de.

Thank you for your message. I am out of the office until 6 April.

Katrin Oberländer"""

_sprachkurs = """Liebe Frau Goikoetxea Mendizabal,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 (Juni 2026).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen
keinen Platz anbieten können. Sie stehen auf Platz 4 der Warteliste. Alternativ können Sie
sich für den Kurs im Juli anmelden.

Mit freundlichen Grüßen
Sprachschule am Schlossplatz - Kursverwaltung"""

# ----------------------------------------------------------------------------- French
_alerte_fr = """Vos nouvelles offres - Emploi Occitanie

3 nouvelles offres correspondent à votre alerte « ergonome » (Toulouse + 50 km) :

• Ergonome H/F - Industrie aéronautique - Blagnac
  « Entretien en visio puis journée d'immersion »
• Conseiller prévention TMS H/F - Carsat - Toulouse
• Kinésithérapeute santé au travail H/F - Muret

Le conseil de la semaine : un refus n'est jamais définitif. Découvrez comment relancer un
recruteur après un entretien sans réponse.

Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Occitanie.
Se désabonner : https://emploi-occitanie.example.fr/alertes"""

_mag_fr = """Santé au Travail Mag - La lettre de mai

À LA UNE
Réforme des services de prévention : ce qui change pour les ergonomes.

CARRIÈRE
« Mon premier entretien a été un désastre » : trois préventeurs racontent.
Candidatures rejetées : les 5 erreurs qui font perdre des points.

AGENDA
Congrès de la Société d'Ergonomie - Pau, du 16 au 18 septembre. Malheureusement, les
inscriptions à l'atelier pratique sont déjà complètes.

Pour ne plus recevoir cette lettre, cliquez ici."""

_radio_fr = """Bonjour Madame Goikoetxea,

Je suis journaliste à Radio Béarn Pyrénées. Nous préparons une émission sur les troubles
musculo-squelettiques chez les salariés de la logistique, et l'on m'a indiqué que vous
aviez travaillé sur le sujet entre Vitoria et Pau.

Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes, par téléphone,
la semaine du 5 octobre ? L'entretien serait diffusé dans le journal de 12h30.

Bien cordialement,
Julien Lasserre
Rédaction - Radio Béarn Pyrénées"""

_colis = """Bonjour Itziar,

Malheureusement, votre colis n° 6A1180223345 est retardé en raison d'un incident
technique sur notre plateforme de Toulouse-Fondeyre.

Nouvelle date de livraison estimée : mardi 13 octobre 2026.

Nous vous prions de nous excuser pour ce contretemps.

Le service client ColisSud"""

_banque = """Madame,

Votre relevé de position au 30 septembre 2026 est disponible dans votre espace client.

Position de votre compte courant : 1 204,67 EUR
Position épargne (Livret) : 3 500,00 EUR

Pour le consulter, connectez-vous à votre banque en ligne.

Banque Pyrénées Atlantique - Message automatique, merci de ne pas répondre."""

_amie_fr = """Coucou Itziar,

Bon, je t'écris parce que j'ai eu la réponse de la clinique de Bayonne : c'est non. Ils ont
pris quelqu'un en interne, évidemment. J'avais pourtant passé trois entretiens...

Je me console en me disant que ça me laisse le temps pour le DIU. Et toi, des nouvelles de
Toulouse ?

Bises,
Pauline"""

_diu = """Madame,

Nous avons bien étudié votre dossier de candidature au Diplôme Inter-Universitaire
« Ergonomie et prévention des TMS » pour l'année 2026-2027.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue par la
commission pédagogique, le nombre de places étant limité à 24.

Vous pouvez présenter une nouvelle candidature l'an prochain.

Le secrétariat pédagogique
Faculté de Santé - Université de Toulouse Garonne"""

_spontanee = """Madame, Monsieur,

Kinésithérapeute depuis six ans et titulaire d'un diplôme de troisième cycle en ergonomie,
je souhaite rejoindre un service de prévention et de santé au travail dans le Béarn. Je
vous adresse donc ma candidature spontanée pour un poste de kinésithérapeute ergonome ou
d'IPRP.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un échange.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Itziar Goikoetxea Mendizabal"""

_excuse_fr = """Bonjour Thibault,

Je suis vraiment désolée pour cet après-midi. Mon bus depuis Vitoria a été bloqué plus de
deux heures à la frontière et mon téléphone n'avait plus de batterie.

Pouvez-vous présenter mes excuses à M. Laborde ? Je reste très intéressée par la mission si
un autre créneau est possible.

Bien cordialement,
Itziar"""

_ooo_camille = """Bonjour,

Je suis absente du bureau jusqu'au lundi 13 avril inclus. Pour toute demande urgente,
merci de contacter le secrétariat RH au 05 00 00 00 40.

Cordialement,
Camille Rouquette"""

_appart = """Bonjour Madame,

Je dois malheureusement reporter la visite de l'appartement rue des Filatiers prévue
vendredi : le locataire actuel ne pourra pas être présent.

Pouvons-nous la décaler au mardi 7 avril à 18h ? Sinon, je peux vous proposer une visite
en visio.

Cordialement,
Agence Capitole Immobilier - Mme Durand"""

MESSAGES = [
    m(T, "en", "own_confirm_pembroke", frm=ME, to=[CIARAN], date="04-14 12:30",
      subj="Re: Fitzwilliam Medical Group - interview request", text=_confirm_pembroke,
      parent="pembroke_inv", quote="gmail"),
    m(T, "en", "own_reply_corrib", frm=ME, to=[FERGAL], date="05-01 08:12",
      subj="Re: Quick chat?", text=_reply_corrib, parent="corrib_inv", quote="gmail",
      cte="7bit"),
    m(T, "en", "alert_jobharbour", frm=("JobHarbour Alerts", "alerts@jobharbour.example.ie"),
      date="03-19 07:00", subj="3 new jobs for \"ergonomics\" - interview slots next week",
      text=_alert_ie, html=html_shell(_alert_ie, "JobHarbour.ie", "#2b9348"),
      hdrs=bulk("JobHarbour job alerts <alerts.jobharbour.example.ie>",
                "https://jobharbour.example.ie/alerts/unsubscribe?id=55e1")),
    m(T, "en", "podcast_invite", frm=("Orla Brady", "orla@ergonomicshour.example.ie"),
      date="09-25 14:02", subj="Podcast interview request - The Ergonomics Hour",
      text=_podcast),
    m(T, "en", "parcel_delay_en", frm=("ParcelWave", "updates@parcelwave.example.ie"),
      date="10-30 11:18", subj="Unfortunately your parcel is delayed", text=_parcel_en,
      html=html_shell(_parcel_en, "ParcelWave", "#ff6d00")),
    m(T, "en", "friend_rejection_en", frm=("Siobhán Nolan", "siobhan.nolan@example.ie"),
      date="03-27 21:40", subj="ugh", text=_friend_en, name_cs=("utf-8", "B")),
    m(T, "en", "flight_rescheduled", frm=("SkyBiscay", "no-reply@skybiscay.example.com"),
      date="04-16 05:30", subj="Important: your flight SB 412 has been rescheduled",
      text=_flight, html=html_shell(_flight, "SkyBiscay", "#3a86ff")),
    m(T, "de", "jobletter", frm=("Jobfinder Neckar", "jobletter@jobfinder-neckar.example.de"),
      date="03-09 06:00", subj="Ihr Jobletter: 3 neue Stellen - Vorstellungsgespräch in 7 Tagen",
      html=html_shell(_jobletter, "Jobfinder Neckar", "#4361ee"),
      hdrs=bulk("Jobletter Stuttgart <jobletter.jobfinder-neckar.example.de>",
                "https://jobfinder-neckar.example.de/abmelden?u=itz")),
    m(T, "de", "wohnung_besichtigung", frm=("Gerhard Wöhrle", "g.woehrle@example.de"),
      date="05-06 18:44", subj="Besichtigung Rotebühlstraße - neuer Termin", text=_wohnung,
      cs="iso-8859-1", cte="8bit", name_cs=("iso-8859-1", "Q"),
      subj_cs=("iso-8859-1", "Q")),
    m(T, "de", "paket_verzoegert", frm=("Paket Express Schwaben", "info@pes.example.de"),
      date="05-25 09:10", subj="Ihre Sendung verzögert sich", text=_paket, cs="iso-8859-1",
      cte="qp", subj_cs=("iso-8859-1", "B")),
    m(T, "de", "depot_positionen", frm=("Finanzwerk", "service@finanzwerk.example.de"),
      date="04-01 05:00", subj="Ihre Depotübersicht und Positionen zum 31.03.2026",
      html=html_shell(_depot, "Finanzwerk", "#212529")),
    m(T, "de", "headhunter_de", frm=MARKUS, date="01-22 08:50",
      subj="Kontakt - Ergonomie / Arbeitsschutz", text=_headhunter_de),
    m(T, "de", "own_danke_amd", frm=ME, to=[JULIA], date="03-13 12:10",
      subj="Vielen Dank für das Gespräch", text=_danke_amd, parent="amd_move",
      subj_cs=("utf-8", "B")),
    m(T, "de", "ooo_katrin", frm=KATRIN, date="03-27 18:02",
      subj="Automatische Antwort: Unterlagen Fachgespräch", text=_ooo_katrin, hdrs=AUTO,
      name_cs=("utf-8", "B"), cs="windows-1252", cte="qp"),
    m(T, "de", "sprachkurs_absage",
      frm=("Sprachschule am Schlossplatz", "kurse@sprachschule-schlossplatz.example.de"),
      date="05-18 14:30", subj="Ihre Anmeldung Intensivkurs C1 - Warteliste",
      text=_sprachkurs, html=html_plain(_sprachkurs)),
    m(T, "fr", "alerte_emploi", frm=("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
      date="03-12 07:30", subj="3 nouvelles offres « ergonome » : entretien en visio",
      text=_alerte_fr, html=html_shell(_alerte_fr, "Emploi Occitanie", "#9b2226"),
      hdrs=bulk("<alertes.emploi-occitanie.example.fr>",
                "https://emploi-occitanie.example.fr/alertes/desabonnement")),
    m(T, "fr", "mag_sante_travail",
      frm=("Santé au Travail Mag", "lettre@santetravailmag.example.fr"), date="05-06 09:00",
      subj="La lettre de mai : candidatures rejetées, premier entretien raté",
      html=html_shell(_mag_fr, "Santé au Travail Mag", "#005f73"), cs="iso-8859-1",
      cte="qp", subj_cs=("iso-8859-1", "Q"),
      hdrs=bulk("La lettre <lettre.santetravailmag.example.fr>",
                "mailto:desinscription@santetravailmag.example.fr")),
    m(T, "fr", "radio_bearn", frm=("Julien Lasserre", "redaction@radiobearn.example.fr"),
      date="09-28 15:40", subj="Demande d'interview - émission TMS et logistique",
      text=_radio_fr, cte="8bit"),
    m(T, "fr", "colis_retarde", frm=("ColisSud", "ne-pas-repondre@colissud.example.fr"),
      date="10-09 08:05", subj="Votre colis est retardé", text=_colis, cs="windows-1252",
      cte="qp", subj_cs=("windows-1252", "Q")),
    m(T, "fr", "banque_position", frm=("Banque Pyrénées Atlantique",
                                       "notification@bpa.example.fr"),
      date="10-02 04:30", subj="Votre relevé de position est disponible", text=_banque,
      html=html_shell(_banque, "Banque Pyrénées Atlantique", "#0a9396"),
      name_cs=("utf-8", "Q")),
    m(T, "fr", "amie_refus", frm=("Pauline Etcheverry", "pauline.etche@example.fr"),
      date="06-02 20:12", subj="bon ben c'est non...", text=_amie_fr, cte="8bit"),
    m(T, "fr", "diu_refus", frm=("Faculté de Santé - DIU Ergonomie",
                                 "diu-ergonomie@univ-tlse-garonne.example.fr"),
      date="07-08 11:00", subj="Candidature DIU Ergonomie et prévention des TMS 2026-2027",
      text=_diu, cs="iso-8859-1", cte="qp", name_cs=("iso-8859-1", "Q")),
    m(T, "fr", "own_spontanee", frm=ME,
      to=[("Service RH", "rh@sante-travail-bearn.example.fr")], date="02-09 10:15",
      subj="Candidature spontanée - Kinésithérapeute ergonome / IPRP", text=_spontanee,
      subj_cs=("utf-8", "Q"),
      pdf=[("CV_Itziar_Goikoetxea_FR.pdf", ["Itziar Goikoetxea Mendizabal",
                                             "Kinesitherapeute - Ergonomie",
                                             "Vitoria-Gasteiz (Espagne)"])]),
    m(T, "fr", "own_excuse_interim", frm=ME, to=[THIBAULT], date="04-23 19:02",
      subj="Re: Entretien Aéro Gave Composites - absence", text=_excuse_fr,
      parent="interim_missed", quote="gmail", cte="8bit"),
    m(T, "fr", "ooo_camille", frm=CAMILLE, date="04-06 08:00",
      subj="Réponse automatique : Confirmation entretien", text=_ooo_camille, hdrs=AUTO),
    m(T, "fr", "appart_visite", frm=("Capitole Immobilier", "location@capitole-immo.example.fr"),
      date="04-01 17:25", subj="Report de la visite - appartement rue des Filatiers",
      text=_appart, cs="windows-1252", cte="8bit"),
]
