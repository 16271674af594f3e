"""Corpus 312: `interview_reschedule_or_cancel` and `missed_interview_notice` messages."""

from __future__ import annotations

from msgs312_common import M

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"

SPECS = [
    # ============================================================ reschedule / cancel
    # ------------------------------------------------------------------ French
    M("imp_move", RS, "fr", "2026-08-23 19:12 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "RE: Implantis - entretien pour le poste de Délégué(e) commercial(e) implantologie",
      """Bonjour Yasmine,

Je suis désolée de vous prévenir si tard : un séminaire commercial a été avancé et je ne
serai pas disponible demain matin. Je dois donc décaler notre entretien.

Je vous propose le mercredi 26 août à 14h00, toujours sur Teams. Je vous renvoie
l'invitation mise à jour.

Encore toutes mes excuses,
Claire""",
      company="Implantis", contact="claire.roussel@implantis.example.fr", parent="imp_conf",
      quote="fr", fmt="alt",
      ics={"uid": "imp-1st-20260824@implantis.example.fr", "start": "2026-08-26 14:00",
           "minutes": 45, "seq": 1, "summary": "Entretien Implantis - Yasmine Belkacem",
           "location": "Microsoft Teams"}),

    M("aud_move", RS, "fr", "2026-03-20 11:47 +0100",
      ("Mathilde Caron", "mathilde.caron@audissimo.example.fr"),
      "RE: Invitation : journée d'immersion dans notre centre Audissimo Marseille Prado",
      """Bonjour Yasmine,

Merci pour votre message. Cela tombe finalement bien : des travaux de mise aux normes vont
fermer notre centre du Prado la semaine prochaine, et nous devons de toute façon reporter la
journée d'immersion.

Nous vous accueillerons donc le mercredi 8 avril, mêmes horaires (9h00 - 17h00). Le reste du
programme est inchangé.

Bon week-end,
Mathilde Caron
Responsable du centre Audissimo Marseille Prado
04 91 00 27 65""",
      company="Audissimo", contact="mathilde.caron@audissimo.example.fr", parent="aud_ask",
      quote="fr", cs="windows-1252", cte="8bit"),

    M("helv_cancel", RS, "fr", "2026-05-19 08:05 +0200",
      ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch"),
      "Annulé : Entretien vidéo Helvimplant - Y. Belkacem",
      """Madame Belkacem,

Je suis au regret de devoir annuler notre entretien vidéo prévu demain, mercredi 20 mai à
11h00 : je suis retenue en Valais par un client.

Votre candidature reste bien entendu en cours. Nous reviendrons vers vous d'ici la semaine
prochaine avec une nouvelle date.

Meilleures salutations,
Corinne Jaquet
Responsable Ventes Suisse romande - Helvimplant""",
      company="Helvimplant", contact="corinne.jaquet@helvimplant.example.ch", fmt="alt",
      cs="windows-1252",
      ics={"uid": "ent-4421@helvimplant.example.ch", "start": "2026-05-20 11:00",
           "minutes": 45, "tz": "Europe/Zurich", "method": "CANCEL", "seq": 1,
           "summary": "Entretien vidéo Helvimplant - Y. Belkacem",
           "location": "https://helvimplant.example.ch/video/ent-4421",
           "organizer": ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch")}),

    M("mt_move", RS, "fr", "2026-03-09 12:02 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "RE: Nordental souhaite vous rencontrer !",
      """Yasmine,

Petit changement : Nathalie Ferrand, la DRH de Nordental, est bloquée sur un salon vendredi.
L'entretien est décalé au mardi 17 mars, même heure (9h30), même lieu.

Dites-moi si c'est bon pour vous, je confirme au client.

Julien""",
      company="Nordental", contact="j.marchetti@meditalents.example.fr",
      parent="mt_inv_client", quote="fr"),

    M("lyo_move", RS, "fr", "2026-06-05 17:55 +0200",
      ("Hélène Marquet", "helene.marquet@lyoss.example.fr"),
      "Lyoss Implants - décalage de notre entretien",
      """Bonjour Yasmine,

Un déplacement imprévu chez un client m'oblige à décaler notre entretien de lundi matin.
Pourriez-vous plutôt le mardi 9 juin à 9h00 ? Le lien Google Meet reste le même.

Merci de votre compréhension,

Hélène Marquet
Lyoss Implants""",
      company="Lyoss Implants", contact="helene.marquet@lyoss.example.fr",
      ncs=("q", "iso-8859-1"), hcs=("b", "iso-8859-1"), cs="iso-8859-1"),

    M("dsoft_cancel", RS, "fr", "2026-04-20 07:41 +0200",
      ("Laura Chaix", "laura.chaix@dentasoft.example.fr"),
      "Annulation de notre appel de demain",
      """Bonjour Yasmine,

Je suis malade et je dois malheureusement annuler notre appel vidéo prévu demain à 11h00.

Je vous renverrai un lien pour choisir un nouveau créneau dès mon retour, probablement la
semaine prochaine. Désolée pour ce contretemps !

Laura Chaix
Talent Partner - DentaSoft
Envoyé de mon téléphone""",
      company="DentaSoft", contact="laura.chaix@dentasoft.example.fr"),

    M("son_move", RS, "fr", "2026-03-10 18:30 +0100",
      ("Anaïs Morel", "anais.morel@sonalis.example.fr"),
      "Report de votre évaluation en ligne",
      """Bonjour Yasmine,

En raison d'une opération de maintenance sur notre plateforme d'évaluation, la session prévue
le jeudi 12 mars est reportée au jeudi 19 mars. Vos identifiants vous seront envoyés la
veille, comme prévu.

L'entretien vidéo avec notre responsable régionale est décalé d'autant.

Cordialement,
Anaïs Morel
Chargée de recrutement - Sonalis Audition""",
      company="Sonalis Audition", contact="anais.morel@sonalis.example.fr", fmt="html",
      cte="quoted-printable", ncs=("b", "utf-8")),

    # ------------------------------------------------------------------ English
    M("bb_move", RS, "en", "2026-08-05 10:26 +0100",
      ("Hannah Price", "hannah.price@brightbite.example.co.uk"),
      "Updated invitation: Brightbite final panel - Yasmine Belkacem",
      """Hi Yasmine,

Apologies for the change - Daniel has been called to a customer event on the 11th, so we need
to move your panel interview to Thursday 13 August at 14:00 BST, same location.

The updated calendar invite is attached; it replaces the previous one. Please let me know if
the new time doesn't work and we'll find another slot.

Thanks,
Hannah""",
      company="Brightbite Dental Systems", contact="hannah.price@brightbite.example.co.uk",
      fmt="alt", brand="Brightbite",
      ics={"uid": "panel-yb-0811@brightbite.example.co.uk", "start": "2026-08-13 14:00",
           "minutes": 90, "tz": "Europe/London", "seq": 1,
           "summary": "Brightbite final panel - Yasmine Belkacem",
           "location": "Brightbite, 11 Bermondsey Street, London SE1"}),

    M("vir_move", RS, "en", "2026-04-14 08:49 +0100",
      ("Oliver Grant", "oliver.grant@vireosearch.example.co.uk"),
      "RE: Thames Orthopaedics - Territory Manager (South London)",
      """Morning Yasmine,

Quick one: Priya at Thames Orthopaedics has a clash on Thursday and has asked to push your
interview to Tuesday 21 April, same time (14:00 UK / 15:00 France). Same Teams link.

Could you let me know today if that's OK?

Thanks,
Oliver""",
      company="Thames Orthopaedics", contact="oliver.grant@vireosearch.example.co.uk",
      parent="vir_inv", quote="en"),

    M("mol_cancel", RS, "en", "2026-08-17 18:05 +0100",
      ("Ben Asante", "ben.asante@molarix.example.co.uk"),
      "Cancelling tomorrow's call - sorry!",
      """Hi Yasmine,

I'm really sorry but I have to cancel our interview tomorrow at 11:00 - our board meeting
has been moved and I can't get out of it.

Our recruiting coordinator will send you a fresh booking link in the next day or two so we
can find a new time. Still very keen to talk.

Ben""",
      company="Molarix", contact="ben.asante@molarix.example.co.uk"),

    # ------------------------------------------------------------------ German
    M("zw_move", RS, "de", "2026-03-23 15:33 +0100",
      ("Sabine Lehner", "sabine.lehner@zahnwerk.example.de"),
      "AW: Einladung zum Videointerview - Medizinprodukteberater (m/w/d) Dental",
      """Sehr geehrte Frau Belkacem,

vielen Dank für Ihre Rückmeldung. Wir können Ihrem Wunsch gerne entsprechen und verschieben
das Videointerview auf Freitag, 27. März 2026, 14:00 Uhr.

Die aktualisierte Kalendereinladung erhalten Sie mit dieser E-Mail.

Mit freundlichen Grüßen
Sabine Lehner
Personalreferentin, Zahnwerk Implantate GmbH""",
      company="Zahnwerk Implantate", contact="sabine.lehner@zahnwerk.example.de",
      parent="zw_ask", quote="ol_de", fmt="alt", cs="iso-8859-1",
      ics={"uid": "zw-int-0326@zahnwerk.example.de", "start": "2026-03-27 14:00",
           "minutes": 60, "tz": "Europe/Berlin", "seq": 1,
           "summary": "Videointerview Zahnwerk - Frau Belkacem",
           "location": "Microsoft Teams"}),

    M("hp_move", RS, "de", "2026-05-28 08:20 +0200",
      ("Julia Wagner", "julia.wagner@hoerplus.example.de"),
      "Terminverschiebung Probearbeitstag",
      """Liebe Frau Belkacem,

leider müssen wir Ihren Probearbeitstag am 3. Juni verschieben, da unsere Filialleiterin
kurzfristig ausfällt. Wir schlagen Ihnen stattdessen Mittwoch, den 10. Juni, ab 9:00 Uhr vor.

Das Vorstellungsgespräch findet am selben Tag statt. Geben Sie mir bitte kurz Bescheid.

Herzliche Grüße
Julia Wagner
HörPlus Hörakustik""",
      company="HörPlus", contact="julia.wagner@hoerplus.example.de", cte="quoted-printable"),

    M("kp_move", RS, "de", "2026-06-12 17:08 +0200",
      ("Dr. Frank Kessler", "f.kessler@kessler-partner.example.de"),
      "Absage des Termins mit Vitaldent Systems am 16. Juni",
      """Sehr geehrte Frau Belkacem,

leider muss Herr Dr. Seidl den Termin am kommenden Dienstag krankheitsbedingt absagen. Das
Gespräch mit Vitaldent Systems ist damit vorerst abgesagt, Ihr Prozess läuft aber weiter.

Ich melde mich, sobald ich einen neuen Terminvorschlag habe.

Beste Grüße
Frank Kessler""",
      company="Vitaldent Systems", contact="f.kessler@kessler-partner.example.de",
      hcs=("q", "iso-8859-1")),

    # ------------------------------------------------------------------ Spanish
    M("im_move", RS, "es", "2026-04-27 16:18 +0200",
      ("Núria Puig", "nuria.puig@implantesmed.example.es"),
      "RE: RE: Candidatura Delegada comercial implantología - Barcelona",
      """Hola Yasmine:

Perdona el cambio de última hora: Jordi tiene que viajar mañana a Valencia. ¿Podemos aplazar
la entrevista al jueves 30 de abril a la misma hora (12:00)?

El enlace de Meet será el mismo.

Gracias y disculpa,
Núria""",
      company="Implantes Mediterráneo", contact="nuria.puig@implantesmed.example.es",
      parent="im_conf", quote="es", ncs=("q", "iso-8859-1"), hcs=("q", "iso-8859-1")),

    M("odx_move", RS, "es", "2026-09-07 12:40 +0200",
      ("Marta Soler", "marta.soler@odontix.example.es"),
      "Cambio de hora de nuestra videollamada",
      """Hola Yasmine:

¿Te importaría que retrasáramos la videollamada del viernes 11 a las 12:30 en lugar de las
10:00? Se me ha solapado con una formación interna.

El enlace sigue siendo el mismo. ¡Gracias!

Marta Soler
Responsable de Talento | Odontix Software""",
      company="Odontix Software", contact="marta.soler@odontix.example.es", fmt="alt",
      brand="Odontix"),

    # ============================================================ missed interview
    M("ost_missed", MI, "fr", "2026-01-27 11:24 +0100",
      ("Sandrine Vidal", "sandrine.vidal@osteoline.example.fr"),
      "Appel manqué - OsteoLine",
      """Bonjour Madame Belkacem,

J'ai essayé de vous joindre à 11h00 comme convenu, à deux reprises, sans succès, et je vous
ai laissé un message vocal.

Pouvez-vous me dire si vous êtes toujours intéressée par le poste et me proposer d'autres
disponibilités cette semaine ?

Cordialement,
Sandrine Vidal
OsteoLine Orthopédie""",
      company="OsteoLine", contact="sandrine.vidal@osteoline.example.fr",
      cs="iso-8859-1", cte="quoted-printable", hcs=("q", "iso-8859-1")),

    M("isp_missed", MI, "fr", "2026-01-14 17:15 +0100",
      ("Karima Benali", "karima.benali@interimsanteplus.example.fr"),
      "Rendez-vous d'inscription de ce jour",
      """Bonjour Yasmine,

Nous vous attendions cet après-midi à 16h00 pour votre entretien d'inscription, mais vous ne
vous êtes pas présentée à l'agence et nous n'avons pas réussi à vous joindre.

Si vous souhaitez toujours vous inscrire chez nous, rappelez-nous au 04 67 00 90 12 pour fixer
un nouveau rendez-vous.

Karima Benali
Intérim Santé Plus Montpellier""",
      company="Intérim Santé Plus", contact="karima.benali@interimsanteplus.example.fr",
      parent="isp_inv", quote="fr", ncs=("q", "iso-8859-1")),

    M("lyo_missed", MI, "fr", "2026-06-09 09:31 +0200",
      ("Hélène Marquet", "helene.marquet@lyoss.example.fr"),
      "Notre entretien de ce matin",
      """Bonjour Yasmine,

Je vous ai attendue sur Google Meet ce matin de 9h00 à 9h20, sans vous voir vous connecter.
J'espère qu'il n'y a rien de grave.

Si vous êtes toujours intéressée, je peux vous proposer le lundi 15 juin à 9h00.

Hélène Marquet
Lyoss Implants""",
      company="Lyoss Implants", contact="helene.marquet@lyoss.example.fr",
      ncs=("q", "iso-8859-1"), parent="lyo_move", quote="fr"),

    M("mt_missed", MI, "fr", "2026-02-12 17:52 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "Notre rendez-vous Teams de 17h30",
      """Yasmine,

Je vous attends sur Teams depuis 17h30 pour notre échange au sujet de la mission
technico-commerciale, mais je ne vous vois pas. Je vous ai aussi appelée, je suis tombé sur
votre messagerie.

Je reste connecté jusqu'à 18h00. Sinon, rappelez-moi demain pour qu'on trouve un autre
moment.

Julien""",
      company="Médi-Talents", contact="j.marchetti@meditalents.example.fr",
      parent="mt_inv_self", quote="fr"),

    M("dtm_missed", MI, "fr", "2026-07-15 15:10 +0200",
      ("Sophie Lenoir via Dentimed", "noreply@recruitee.com"),
      "Entretien Dentimed - vous ne vous êtes pas connectée",
      """Bonjour Yasmine,

Votre entretien vidéo avec Sophie Lenoir était programmé aujourd'hui à 14h30. Nous avons
constaté que vous ne vous êtes pas présentée à cet entretien.

Si vous souhaitez le reprogrammer, vous pouvez choisir un nouveau créneau ici :
https://dentimed.recruitee.example.com/o/delegue-provence/reschedule

L'équipe recrutement Dentimed""",
      company="Dentimed", fmt="alt", brand="Dentimed"),

    # ------------------------------------------------------------------ English
    M("lem_missed", MI, "en", "2026-02-10 15:22 +0100",
      ("Noah Schmid", "noah.schmid@lemanic-implants.example.ch"),
      "Missed call - Clinical Sales Specialist phone screen",
      """Dear Yasmine,

I tried to call you at 15:00 as agreed for our phone screen, twice, but there was no
answer. I left a short voicemail.

Please let me know if you'd like to rearrange - I have some availability on Thursday.

Kind regards,
Noah Schmid
Talent Acquisition, Lemanic Implant Systems""",
      company="Lemanic Implant Systems", contact="noah.schmid@lemanic-implants.example.ch",
      parent="lem_inv", quote="en"),

    M("oss_missed", MI, "en", "2026-02-24 10:48 +0000",
      ("Rachel Moore", "rachel.moore@ossera.example.co.uk"),
      "We missed you this morning",
      """Dear Yasmine,

We were expecting you on Zoom at 10:00 this morning for your interview for the Associate
Sales Representative role, and waited for about fifteen minutes.

I appreciate there may have been confusion with the time difference. If you'd still like to
interview, please reply and I'll see what we can do.

Kind regards,

Rachel Moore
HR Business Partner
Ossera Medical""",
      company="Ossera Medical", contact="rachel.moore@ossera.example.co.uk", fmt="alt"),

    # ------------------------------------------------------------------ German
    M("dc_missed", MI, "de", "2026-09-07 16:35 +0200",
      ("Tobias Reiter", "tobias.reiter@dentacloud.example.de"),
      "Telefoninterview heute 16:00 Uhr",
      """Hallo Frau Belkacem,

ich habe Sie heute um 16:00 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht
erreicht. Auf die Mailbox habe ich Ihnen eine kurze Nachricht gesprochen.

Melden Sie sich gern, falls Sie weiterhin Interesse haben.

Viele Grüße
Tobias Reiter""",
      company="DentaCloud", contact="tobias.reiter@dentacloud.example.de", parent="dc_inv",
      quote="de", cte="8bit"),

    # ------------------------------------------------------------------ Spanish
    M("ts_missed", MI, "es", "2026-06-08 12:05 +0200",
      ("Lucía Ferrer", "lucia.ferrer@talentosanitario.example.es"),
      "¿Todo bien? Entrevista AudioVida 11:30",
      """Hola Yasmine:

Carme Roig, de AudioVida, te ha estado esperando en Teams desde las 11:30 y no te has
conectado. Yo también te he llamado al móvil sin respuesta.

¿Ha pasado algo? Si me escribes hoy intento recuperar la entrevista para esta semana.

Lucía""",
      company="AudioVida", contact="lucia.ferrer@talentosanitario.example.es",
      parent="ts_inv", quote="es", hcs=("b", "utf-8")),

    M("sli_missed", MI, "es", "2026-08-05 17:20 +0200",
      ("Pablo Navarro", "pablo.navarro@labiberia.example.es"),
      "Llamada de hoy - Comercial de zona Cataluña",
      """Hola Yasmine,

Intentamos llamarte hoy a las 16:00, a la hora acordada para la entrevista telefónica, pero
no conseguimos contactar contigo.

Si sigues interesada, dime qué día te viene bien la semana que viene.

Saludos,
Pablo Navarro
Técnico de Selección | Suministros Lab Iberia""",
      company="Suministros Lab Iberia", contact="pablo.navarro@labiberia.example.es",
      cs="iso-8859-1", cte="8bit"),
]
