"""Invitations, moved or cancelled interviews and missed-interview notices outside the long
threads: Hestia Recrutement (named and unnamed clients), Tempo Azur Intérim, Les Noces de
Provence, Office de Tourisme Baie des Anges, Hôtel Belvédère Garavan, Château de Valbonne
Réceptions, Monaco Meetings & Incentives, Bavaria Incentive Reisen, Hochstätter
Personalberatung, Alpenglühen Events, Festival Jondo and Eventemp ETT."""

from __future__ import annotations

from msgs320_common import DISCLAIMER_FR, latin1_typed, m, page, shell

HESTIA = "Hestia Recrutement"
MARION = ("Marion Giraud", "m.giraud@hestia-rh.example.fr")
SIG_MARION = f"""Marion Giraud
Consultante senior Hôtellerie & Événementiel
Hestia Recrutement
45, boulevard Victor-Hugo – 06000 Nice
Ligne directe : 04 97 12 33 58 – Mobile : 06 48 22 71 09

{DISCLAIMER_FR}"""
SABLETTES = "Hôtel Cap Sablettes"
DIRECTRICE = ("Véronique Amiel", "v.amiel@capsablettes.example.fr")

HESTIA_INV1 = f"""Bonjour Anaïs,

Je me permets de vous contacter suite à votre candidature sur notre site. Je recrute actuellement, pour le compte de l'Hôtel Cap Sablettes à Antibes (5*, 120 chambres, 8 salons de réunion), un(e) Responsable séminaires & événements.

Votre profil m'intéresse beaucoup et j'aimerais en parler avec vous lors d'un entretien téléphonique d'une trentaine de minutes. Seriez-vous disponible mercredi 8 avril à 12h30 ou jeudi 9 avril à 18h00 ?

Dans l'attente de votre retour,

{SIG_MARION}
"""

HESTIA_INV2 = f"""Bonjour Anaïs,

Bonne nouvelle : la directrice générale de l'Hôtel Cap Sablettes, Mme Véronique Amiel, souhaite vous rencontrer. Je vous transfère ci-dessous son message.

Le rendez-vous est fixé au mardi 21 avril à 10h00, directement à l'hôtel (accueil, demandez Mme Amiel). L'invitation est en pièce jointe. Prévoyez une tenue professionnelle ; la visite des salons fera partie de l'entretien.

Je vous appelle lundi pour vous préparer.

{SIG_MARION}
"""

AMIEL_FWD = """Bonjour Marion,

Merci pour la shortlist. J'aimerais rencontrer Mme Delacroix-N'Diaye en premier, son expérience en réception d'un 4* niçois et ses langues m'intéressent.

Mardi 21 avril à 10h me conviendrait, à l'hôtel.

Bien à vous,
Véronique Amiel
Directrice générale – Hôtel Cap Sablettes
"""

HESTIA_MOVE = f"""Bonjour Anaïs,

Mme Amiel vient de m'informer qu'elle doit repousser votre rendez-vous de mardi : l'hôtel reçoit ce jour-là une visite d'inspection de la chaîne.

Elle vous propose le jeudi 23 avril à 15h00, toujours à l'hôtel. Pouvez-vous me confirmer rapidement que cela vous convient ?

Merci et à bientôt,

{SIG_MARION}
"""

HESTIA_UNNAMED = f"""Bonjour Anaïs,

J'espère que vos débuts au Palais des Congrès se passent bien !

Je vous recontacte car je mène actuellement une mission confidentielle pour un palace de la Croisette, qui recherche un(e) Coordinateur(trice) événements & groupes en CDI pour une prise de poste en octobre. Je ne peux pas encore vous communiquer le nom de l'établissement à ce stade.

Seriez-vous d'accord pour un entretien avec moi au cabinet le vendredi 19 juin à 17h30 ? Nous ferions le point sur votre projet et je vous présenterai le poste en détail.

Bien à vous,

{SIG_MARION}
"""

TEMPO = "Tempo Azur Intérim"
KARIMA = ("Karima Benali", "k.benali@tempoazur.example.fr")
SIG_KARIMA = """Karima Benali
Chargée de recrutement – Tempo Azur Intérim, agence de Nice
18, avenue Jean-Médecin – 06000 Nice
04 93 80 27 14"""

TEMPO_INV = f"""Bonjour Anaïs,

Suite à votre candidature, je vous propose un rendez-vous d'inscription en agence afin de faire connaissance et de finaliser votre dossier :

mercredi 21 janvier à 14h00 – 18, avenue Jean-Médecin, 1er étage.

Merci de vous munir de votre pièce d'identité, de votre carte Vitale, d'un RIB et de deux photos. L'entretien dure environ 45 minutes, avec un petit test d'anglais à l'oral.

Cordialement,

{SIG_KARIMA}
"""

TEMPO_MOVE = f"""Bonjour Anaïs,

Je dois malheureusement déplacer votre rendez-vous de mercredi : l'agence sera fermée l'après-midi pour une formation interne.

Je vous propose vendredi 23 janvier à 10h30, même adresse. Si ce créneau ne va pas, appelez-moi directement à l'agence.

Cordialement,

{SIG_KARIMA}
"""

TEMPO_MISSED = f"""Bonjour Anaïs,

Vous aviez rendez-vous ce matin à 10h30 à l'agence pour votre inscription. Je ne vous ai pas vue et je n'ai pas réussi à vous joindre par téléphone.

Si vous êtes toujours intéressée par nos missions d'accueil congrès, merci de me rappeler afin de fixer un nouveau rendez-vous.

Cordialement,

{SIG_KARIMA}
"""

FORUM = "Forum Azur Santé"
TEMPO_CLIENT = f"""Bonjour Anaïs,

Comme évoqué au téléphone, notre client Forum Azur Santé recherche une coordinatrice accueil pour son congrès médical annuel à Cannes (du 18 au 22 mars, mission de 5 jours, 12,50 € brut/h + indemnités).

La responsable logistique du Forum, Mme Hélène Bruni, souhaite rencontrer les candidates présélectionnées. Je vous ai positionnée sur le créneau suivant :

lundi 2 mars à 11h00 – locaux de Forum Azur Santé, 5 rue Bivouac-Napoléon, Cannes.

Merci de me confirmer votre présence.

{SIG_KARIMA}
"""

NOCES = "Les Noces de Provence"
CAPUCINE = ("Capucine Roux-Fabre", "capucine@noces-de-provence.example.fr")
NOCES_TRIAL = """Bonjour Anaïs,

Emma m'a transmis votre candidature et j'ai beaucoup aimé votre parcours : l'accueil hôtelier est une excellente école pour notre métier.

Plutôt qu'un entretien classique, je vous propose une journée d'essai rémunérée sur un mariage : le samedi 4 avril, au Domaine des Oliviers à Grasse, de 13h00 à minuit environ. Vous serez en binôme avec moi pour la coordination des invités et des prestataires. Nous prendrons ensuite un moment pour débriefer ensemble.

Tenue noire sobre et chaussures confortables ! Dites-moi si vous êtes partante.

Capucine Roux-Fabre
Fondatrice – Les Noces de Provence
06 09 87 45 12
"""

NOCES_MOVE = """Bonjour Anaïs,

Petit changement de programme : les mariés du 4 avril ont décalé leur cérémonie au dimanche 5 avril (problème de disponibilité du domaine). Votre journée d'essai est donc déplacée au dimanche 5, mêmes horaires, même lieu.

Est-ce toujours possible pour vous ? Dites-moi vite !

Capucine
"""

OTBA = "Office de Tourisme Baie des Anges"
CHRISTELLE = ("Christelle Bonnet", "c.bonnet@tourisme-baiedesanges.example.fr")
OTBA_EXAM = """Madame,

Votre candidature au poste de Chargé(e) de projets événementiels & accueil congrès (réf. OT-2026-014) a été retenue pour la phase de sélection.

Nous avons le plaisir de vous convoquer :
- à une épreuve écrite (étude de cas, 1h30) le mardi 12 mai 2026 à 9h00,
- suivie d'un entretien avec le jury le même jour à partir de 14h00 (horaire précis communiqué sur place).

Lieu : Office de Tourisme Baie des Anges, 5 promenade des Anglais, Nice – salle Matisse.

Merci de vous présenter 15 minutes avant le début de l'épreuve, muni(e) d'une pièce d'identité et de la présente convocation. En cas d'empêchement, merci de prévenir le service RH au plus tard 48 heures à l'avance.

Christelle Bonnet
Responsable Ressources Humaines
Office de Tourisme Baie des Anges
"""

GARAVAN = "Hôtel Belvédère Garavan"
PYL = ("Pierre-Yves Lambert", "py.lambert@belvedere-garavan.example.fr")
GARAVAN_INV = """Bonjour Madame Delacroix-N'Diaye,

J'ai bien reçu votre candidature pour le poste d'assistante commerciale groupes & séminaires. Je vous propose un entretien téléphonique le lundi 11 mai à 16h00. Je vous appellerai au numéro indiqué sur votre CV.

Merci de me confirmer.

Cordialement,
Pierre-Yves Lambert
Directeur de l'hébergement – Hôtel Belvédère Garavan, Menton
"""

GARAVAN_MISSED = """Bonjour Madame,

J'ai essayé de vous joindre à deux reprises cet après-midi à 16h00 puis 16h15, comme convenu, mais je suis tombé sur votre messagerie.

Je vous laisse me recontacter si vous êtes toujours intéressée par le poste.

Cordialement,
Pierre-Yves Lambert
Directeur de l'hébergement – Hôtel Belvédère Garavan
"""

VALBONNE = "Château de Valbonne Réceptions"
INES = ("Inès Carbonel", "ines.carbonel@chateau-valbonne.example.fr")
VALBONNE_INV = """<p>Bonjour Anaïs,</p>
<p>Merci pour votre candidature au poste de <strong>Chargée d'événements privés et séminaires</strong> (CDI, prise de poste en septembre).</p>
<p>Nous aimerions échanger avec vous en visio :</p>
<table cellpadding="6" style="border:1px solid #d8c8a8">
<tr><td><b>Date</b></td><td>mercredi 27 mai 2026</td></tr>
<tr><td><b>Heure</b></td><td>15h00 – 15h40</td></tr>
<tr><td><b>Lien</b></td><td><a href="https://meet.example.fr/chateau-valbonne-rh">meet.example.fr/chateau-valbonne-rh</a></td></tr>
</table>
<p>Merci de confirmer votre disponibilité en répondant à ce message.</p>
<p>Bien à vous,<br>Inès Carbonel<br>Responsable RH – Château de Valbonne Réceptions</p>"""

VALBONNE_MISSED = """Bonjour Anaïs,

Nous vous attendions aujourd'hui à 15h00 pour notre échange en visio, mais vous ne vous êtes pas connectée. Nous sommes restées en ligne une quinzaine de minutes.

Si vous souhaitez toujours être considérée pour le poste, merci de nous le faire savoir avant vendredi 29 mai.

Bien à vous,
Inès Carbonel
Responsable RH – Château de Valbonne Réceptions
"""

MMI = "Monaco Meetings & Incentives"
SACHA = ("Sacha Marin", "sacha.marin@mmi.example.mc")
MMI_INV = """Hi Anaïs,

Thanks for your application to the Event Operations Coordinator role! I'd love to have a first chat with you to learn more about your experience and tell you about the team.

Please book a 30-minute video call at a time that suits you:
https://jobs.ashbyhq.com/mmi/interview/booking/8d21f0

Talk soon,
Sacha Marin
Head of People, Monaco Meetings & Incentives
"""

MMI_MISSED = """Hi Anaïs,

We had a video call booked for 12:00 today, but it looks like you couldn't make it: I waited in the meeting room for about 15 minutes.

Totally understand if something came up. If you'd still like to chat, you can book a new slot with the same link within the next week.

Best,
Sacha
"""

BAVARIA = "Bavaria Incentive Reisen"
JONAS = ("Jonas Wimmer", "j.wimmer@bavaria-incentive.example.de")
BAVARIA_INV = """Hallo Frau Delacroix-N'Diaye,

vielen Dank für Ihre Bewerbung als Projektassistenz Incentive-Reisen. Wir würden Sie gerne in einem telefonischen Erstgespräch (ca. 30 Minuten) kennenlernen.

Passt es Ihnen am Dienstag, den 2. Juni, um 11:00 Uhr? Ich würde Sie unter der angegebenen Mobilnummer anrufen.

Viele Grüße
Jonas Wimmer
Teamleitung Incentive-Reisen
Bavaria Incentive Reisen GmbH · Sendlinger Straße 28 · 80331 München
"""

HOCH = "Hochstätter Personalberatung"
STEFAN = ("Stefan Hochstätter", "s.hochstaetter@hochstaetter-pb.example.de")
SIG_STEFAN = """Stefan Hochstätter
Geschäftsführender Partner
Hochstätter Personalberatung
Maximiliansplatz 12 · 80333 München
+49 89 2180 4470"""

HOCH_INV = f"""Sehr geehrte Frau Delacroix-N'Diaye,

im Auftrag eines renommierten Kongress- und Tagungshotels im Münchner Umland suche ich eine/n Leiter/in Veranstaltungsbüro. Der Name meines Mandanten ist zum jetzigen Zeitpunkt noch vertraulich.

Ihr Profil, das Sie uns über unsere Website zugesandt haben, passt gut zu den Anforderungen. Gerne würde ich Sie in einem Videointerview von etwa 45 Minuten näher kennenlernen:

Montag, 22. Juni 2026, 18:00 Uhr (Zoom, Link folgt)

Bitte bestätigen Sie mir den Termin oder nennen Sie mir Alternativen.

Mit freundlichen Grüßen

{SIG_STEFAN}
"""

HOCH_MOVE = f"""Sehr geehrte Frau Delacroix-N'Diaye,

leider muss ich unser Gespräch am Montag kurzfristig verschieben, da ich an diesem Abend ein Mandantengespräch wahrnehmen muss.

Könnten wir stattdessen am Mittwoch, 24. Juni, um 18:30 Uhr sprechen? Der Zoom-Link bleibt unverändert.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen

{SIG_STEFAN}
"""

ALPEN = "Alpenglühen Events"
LEONIE = ("Leonie Huber", "leonie.huber@alpengluehen-events.example.de")
ALPEN_INV = """Hallo Anaïs,

wie versprochen melden wir uns: Wir würden dich gerne per Video kennenlernen! Mit dabei sind Max (Head of Events) und ich.

Termin: Dienstag, 14. Juli, 17:30 Uhr – die Einladung mit Google-Meet-Link hängt an.

Sag uns kurz Bescheid, ob das passt.

Liebe Grüße
Leonie
Office & People – Alpenglühen Events
"""

ALPEN_CANCEL = """Hallo Anaïs,

leider müssen wir unseren Termin am Dienstag absagen – Max ist krank geworden und wir wissen noch nicht, wann er wieder fit ist. Die Kalendereinladung habe ich storniert.

Sobald er zurück ist, melde ich mich mit einem neuen Terminvorschlag. Sorry für die Umstände!

Liebe Grüße
Leonie
"""

ALPEN_MISSED = """Hallo Anaïs,

wir waren heute um 17:30 Uhr zu unserem neuen Termin im Meet-Raum und haben eine Viertelstunde auf dich gewartet. Leider bist du nicht dazugekommen, und per Telefon haben wir dich auch nicht erreicht.

Ist alles in Ordnung? Gib uns bitte kurz Bescheid, ob du noch Interesse hast.

Viele Grüße
Leonie & Max
Alpenglühen Events
"""

JONDO = "Festival Jondo de Sevilla"
LUCIA = ("Lucía Vega", "lvega@festivaljondo.example.es")
JONDO_INV = """Hola, Anaïs:

Como te comenté, empezamos las entrevistas esta semana. ¿Te vendría bien una videollamada el viernes 5 de junio a las 13:00 h? Estaremos Álvaro, el director de producción, y yo. Te mando el enlace de Zoom en cuanto me confirmes.

La entrevista será en castellano y una parte en inglés.

Saludos,
Lucía Vega
Producción – Festival Jondo de Sevilla
"""

EVENTEMP = ("Nuria Campos", "nuria.campos@eventemp.example.es")
NARANJOS = "Hotel Patio de los Naranjos"
EVENTEMP_INV = """Hola, Anaïs:

Soy Nuria, de Eventemp ETT. Nuestro cliente, el Hotel Patio de los Naranjos de Sevilla, busca una coordinadora de grupos franceses para los congresos de septiembre y octubre (contrato de puesta a disposición de dos meses).

La directora de eventos del hotel quiere entrevistar a las candidatas por videollamada el jueves 16 de julio a las 10:00 h. ¿Puedo confirmarte para ese horario?

Un saludo,
Nuria Campos
Consultora de selección – Eventemp ETT
Avda. de la Constitución 20, Sevilla
"""

EVENTEMP_MISSED = """Hola, Anaïs:

Me acaba de llamar la directora de eventos del Hotel Patio de los Naranjos: te estuvo esperando en la videollamada de las 10:00 h y no llegaste a conectarte. Yo también te he llamado un par de veces sin respuesta.

¿Ha pasado algo? Si sigues interesada, avísame hoy mismo e intento que el hotel te dé otra oportunidad, pero no te lo puedo garantizar.

Nuria Campos
Eventemp ETT
"""

SPECS: list[dict] = [
    m("tempo_invite", "interview_invitation", "fr", "2026-01-16 11:30 +0100", KARIMA,
      "Rendez-vous d'inscription – Tempo Azur Intérim", TEMPO_INV, company=TEMPO,
      contact=KARIMA[1], charset="iso-8859-1", cte="quoted-printable"),
    m("tempo_moved", "interview_reschedule_or_cancel", "fr", "2026-01-19 09:05 +0100", KARIMA,
      "Re: Rendez-vous d'inscription – Tempo Azur Intérim", TEMPO_MOVE, parent="tempo_invite",
      quote="fr", company=TEMPO, contact=KARIMA[1]),
    m("tempo_missed", "missed_interview_notice", "fr", "2026-01-23 12:10 +0100", KARIMA,
      "Votre rendez-vous de ce matin à l'agence", TEMPO_MISSED, company=TEMPO,
      contact=KARIMA[1], cte="8bit"),
    m("tempo_client_invite", "interview_invitation", "fr", "2026-02-20 16:40 +0100", KARIMA,
      "Mission accueil congrès Cannes – rencontre avec le client", TEMPO_CLIENT,
      company=FORUM, contact=KARIMA[1], charset="windows-1252", cte="quoted-printable"),
    m("noces_trial", "interview_invitation", "fr", "2026-03-18 21:14 +0100", CAPUCINE,
      "Journée d'essai – mariage du 4 avril", NOCES_TRIAL, company=NOCES,
      contact=CAPUCINE[1], headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"}),
    m("noces_moved", "interview_reschedule_or_cancel", "fr", "2026-03-27 08:32 +0100",
      CAPUCINE, "Re: Journée d'essai – mariage du 4 avril", NOCES_MOVE, parent="noces_trial",
      quote="fr", company=NOCES, contact=CAPUCINE[1], cte="base64"),
    m("hestia_invite", "interview_invitation", "fr", "2026-04-02 10:12 +0200", MARION,
      "Responsable séminaires & événements – Hôtel Cap Sablettes (Antibes)", HESTIA_INV1,
      company=SABLETTES, contact=MARION[1], html=page(HESTIA_INV1, brand=HESTIA,
                                                       color="#4a4e69")),
    m("hestia_client", "interview_invitation", "fr", "2026-04-14 18:20 +0200", MARION,
      "TR: Entretien Hôtel Cap Sablettes – mardi 21 avril 10h", HESTIA_INV2,
      fwd={"key": "hestia_client_inner", "date": "2026-04-14 17:02 +0200", "frm": DIRECTRICE,
           "to": [MARION], "subject": "Shortlist Responsable séminaires", "text": AMIEL_FWD},
      ics={"uid": "hestia-capsablettes-0421-dnd@hestia-rh.example.fr", "seq": 0,
           "start": "20260421T100000", "end": "20260421T113000",
           "summary": "Entretien Hôtel Cap Sablettes – Mme Amiel",
           "location": "Hôtel Cap Sablettes, Antibes", "inline": False},
      company=SABLETTES, contact=MARION[1]),
    m("hestia_moved", "interview_reschedule_or_cancel", "fr", "2026-04-17 13:05 +0200",
      MARION, "Report de votre rendez-vous à l'Hôtel Cap Sablettes", HESTIA_MOVE,
      company=SABLETTES, contact=MARION[1], charset="windows-1252", cte="8bit"),
    m("mmi_invite", "interview_invitation", "en", "2026-04-29 08:00 +0000",
      ("Sacha Marin from Monaco Meetings & Incentives", "no-reply@ashbyhq.com"),
      "Let's chat – Event Operations Coordinator", MMI_INV, reply_to=SACHA,
      company=MMI, contact=SACHA[1]),
    m("otba_exam", "interview_invitation", "fr", "2026-04-28 15:00 +0200", CHRISTELLE,
      "Convocation – épreuve écrite et entretien (réf. OT-2026-014)", OTBA_EXAM,
      attach=[("Convocation_OT-2026-014.pdf", "Convocation", [
          "Office de Tourisme Baie des Anges - Service RH",
          "Madame Anaïs Delacroix-N'Diaye",
          "Épreuve écrite : mardi 12 mai 2026, 9h00, salle Matisse",
          "Entretien avec le jury : à partir de 14h00"])],
      company=OTBA, contact=CHRISTELLE[1], cte="quoted-printable"),
    m("mmi_missed", "missed_interview_notice", "en", "2026-05-07 12:21 +0200", SACHA,
      "Missed you today", MMI_MISSED, company=MMI, contact=SACHA[1], cte="8bit"),
    m("garavan_invite", "interview_invitation", "fr", "2026-05-06 11:45 +0200", PYL,
      "Votre candidature – assistante commerciale groupes & séminaires", GARAVAN_INV,
      company=GARAVAN, contact=PYL[1], charset="iso-8859-1", cte="8bit"),
    m("garavan_missed", "missed_interview_notice", "fr", "2026-05-11 16:32 +0200", PYL,
      "Re: Votre candidature – assistante commerciale groupes & séminaires", GARAVAN_MISSED,
      parent="garavan_invite", quote="fr", company=GARAVAN, contact=PYL[1]),
    m("bavaria_invite", "interview_invitation", "de", "2026-05-26 14:25 +0200", JONAS,
      "Telefonisches Erstgespräch – Projektassistenz Incentive-Reisen", BAVARIA_INV,
      company=BAVARIA, contact=JONAS[1], charset="iso-8859-1", cte="quoted-printable"),
    m("jondo_invite", "interview_invitation", "es", "2026-06-01 10:05 +0200", LUCIA,
      "Entrevista – coordinación de acreditaciones", JONDO_INV, company=JONDO,
      contact=LUCIA[1]),
    m("hestia_unnamed", "interview_invitation", "fr", "2026-06-11 09:30 +0200", MARION,
      "Mission confidentielle – Coordinateur(trice) événements, palace Croisette",
      HESTIA_UNNAMED, company=HESTIA, contact=MARION[1], cte="quoted-printable"),
    m("hoch_invite", "interview_invitation", "de", "2026-06-16 17:50 +0200", STEFAN,
      "Vertrauliche Position: Leitung Veranstaltungsbüro – Videointerview", HOCH_INV,
      company=HOCH, contact=STEFAN[1], cte="base64"),
    m("hoch_moved", "interview_reschedule_or_cancel", "de", "2026-06-19 12:15 +0200", STEFAN,
      "AW: Vertrauliche Position: Leitung Veranstaltungsbüro – Videointerview", HOCH_MOVE,
      parent="hoch_invite", quote="outlook_de", company=HOCH, contact=STEFAN[1],
      charset="windows-1252", cte="quoted-printable"),
    m("alpen_invite", "interview_invitation", "de", "2026-07-07 10:40 +0200", LEONIE,
      "Kennenlernen per Video?", ALPEN_INV,
      ics={"uid": "b7k3m2p9q1@google.com", "seq": 0, "start": "20260714T173000",
           "end": "20260714T181500", "summary": "Kennenlernen Anaïs / Alpenglühen Events",
           "location": "Google Meet", "tz": "Europe/Berlin",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
      company=ALPEN, contact=LEONIE[1]),
    m("eventemp_invite", "interview_invitation", "es", "2026-07-08 13:10 +0200", EVENTEMP,
      "Entrevista con Hotel Patio de los Naranjos", EVENTEMP_INV, company=NARANJOS,
      contact=EVENTEMP[1], charset="iso-8859-1", cte="quoted-printable"),
    m("alpen_cancel", "interview_reschedule_or_cancel", "de", "2026-07-12 19:30 +0200",
      LEONIE, "Abgesagt: Kennenlernen Anaïs / Alpenglühen Events", ALPEN_CANCEL,
      parent="alpen_invite", quote="de",
      ics={"method": "CANCEL", "uid": "b7k3m2p9q1@google.com", "seq": 1,
           "start": "20260714T173000", "end": "20260714T181500",
           "summary": "Kennenlernen Anaïs / Alpenglühen Events", "location": "Google Meet",
           "tz": "Europe/Berlin", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
      company=ALPEN, contact=LEONIE[1]),
    m("eventemp_missed", "missed_interview_notice", "es", "2026-07-16 10:48 +0200", EVENTEMP,
      "No te has conectado a la entrevista", EVENTEMP_MISSED, company=NARANJOS,
      contact=EVENTEMP[1]),
    m("alpen_missed", "missed_interview_notice", "de", "2026-07-28 17:52 +0200", LEONIE,
      "Heute 17:30 Uhr", ALPEN_MISSED, company=ALPEN, contact=LEONIE[1], cte="8bit"),
    m("valbonne_invite", "interview_invitation", "fr", "2026-05-19 10:00 +0200", INES,
      "Entretien visio – Chargée d'événements privés et séminaires", None,
      html=shell(VALBONNE_INV, brand="Château de Valbonne", color="#7f5539"),
      company=VALBONNE, contact=INES[1], cte="quoted-printable"),
    m("valbonne_missed", "missed_interview_notice", "fr", "2026-05-27 15:35 +0200", INES,
      "Notre rendez-vous visio de 15h", VALBONNE_MISSED, company=VALBONNE, contact=INES[1],
      charset="windows-1252"),
]

SPECS = latin1_typed(SPECS)
