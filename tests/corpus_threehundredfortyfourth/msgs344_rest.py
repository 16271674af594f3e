"""Reschedules/cancellations, missed-interview notices and offers, written by hand for corpus 344."""

from __future__ import annotations

from msgs344_common import m

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
OF = "offer"
ELODIE = ("Élodie Marchand", "elodie.marchand@clinexa.example.fr")
SOPHIE = ("Sophie Le Goff", "sophie.legoff@huv.example.fr")

RESCHEDULES = [
    m(RS, "fr", "Clinexa Research", "elodie.marchand@clinexa.example.fr", ELODIE,
      "Mis à jour : Entretien Clinexa – M. Delacourt-Nsimba (ven. 20/02 14h00)",
      """Bonjour Margaux,

Nicolas Perrin doit se rendre chez un promoteur jeudi matin ; je me permets donc de déplacer
notre entretien au vendredi 20 février à 14h00 (même lien Teams). L'invitation a été mise à
jour.

Toutes mes excuses pour ce changement, et merci de votre souplesse.

Élodie Marchand
Chargée de recrutement – Clinexa Research""",
      "2026-02-16 17:45 +0100", id="c3", re="c2", quote="std", name_enc=("utf-8", "q"),
      ics={"method": "REQUEST", "uid": "clinexa-r20417-entretien1@clinexa.example.fr",
           "seq": 1, "stamp": "20260216T164500", "start": "20260220T140000",
           "end": "20260220T144500", "summary": "Entretien Clinexa – M. Delacourt-Nsimba",
           "location": "Microsoft Teams"},
      slug="clinexa_moved"),
    m(RS, "fr", "Hôpital Universitaire de la Vilaine", "sophie.legoff@huv.example.fr", SOPHIE,
      "RE: Convocation à un entretien – changement d'horaire",
      """Bonjour Madame Delacourt-Nsimba,

Le Dr Kerleau est finalement retenu en comité de protection des personnes mercredi après-midi.
Pouvons-nous décaler votre entretien au jeudi 18 juin à 9h30, même lieu ?

Je suis désolée de ce contretemps. Merci de me dire si cela vous convient.

Sophie Le Goff""",
      "2026-06-15 08:26 +0200", id="h3", re="h2", quote="outlook", slug="huv_moved"),
    m(RS, "fr", "Fondation Lumen Oncologie", "ines.perrot@lumen-onco.example.ch",
      ("Inès Perrot", "ines.perrot@lumen-onco.example.ch"),
      "Report de votre entretien du 28 avril",
      """Bonjour Margaux,

Je dois malheureusement reporter notre entretien de mardi : la responsable des études
académiques est absente pour raisons familiales cette semaine. Votre candidature reste bien
entendu d'actualité.

Je reviens vers vous d'ici vendredi avec de nouvelles propositions de date.

Meilleures salutations,
Inès Perrot
Responsable RH – Fondation Lumen Oncologie""",
      "2026-04-24 16:50 +0200", id="l3", re="l2", quote="std", charset="iso-8859-1",
      cte="quoted-printable", name_enc=("iso-8859-1", "b"), slug="lumen_postponed"),
    m(RS, "fr", "Oncovia", "thibault.morvan@santetalents.example.fr",
      ("Thibault Morvan", "thibault.morvan@santetalents.example.fr"),
      "Oncovia – entretien de jeudi annulé, on reprogramme",
      """Margaux,

Petit contretemps : Claire Vasseur vient de m'appeler, elle part en audit chez un investigateur
jeudi et doit annuler l'entretien de 11h. Le process continue, pas d'inquiétude : elle me
propose le mardi 7 ou le mercredi 8 avril. Qu'est-ce qui vous arrange ?

Thibault""",
      "2026-03-31 12:05 +0200", id="s3", re="s2", quote="std", slug="oncovia_cancelled_moved"),
    m(RS, "fr", "Cellvia Thérapeutiques", "hugo.lamarre@cellvia.example.fr",
      ("Hugo Lamarre", "hugo.lamarre@cellvia.example.fr"),
      "Re: Une journée d'immersion chez Cellvia ?",
      """Margaux,

Désolé de te faire ça : on a une inspection ANSM qui tombe le 30, toute l'équipe clinique sera
mobilisée. On décale ta journée d'immersion au mardi 5 mai, mêmes horaires, si ça te va ?

Hugo""",
      "2026-04-27 09:12 +0200", id="cv3", re="cv2", quote="std", slug="cellvia_postponed"),
    m(RS, "fr", "Boréal Diagnostics", "manon.dewitte@boreal-dx.example.be",
      ("Manon Dewitte", "manon.dewitte@boreal-dx.example.be"),
      "Annulé : Entretien Boréal Diagnostics – Coordinatrice études cliniques",
      """Bonjour Margaux,

Notre Clinical Affairs Lead est souffrant ; je dois annuler l'entretien de vendredi. Je vous
enverrai une nouvelle invitation dès que son agenda sera connu, probablement pour la semaine
du 1er juin.

Bien à vous,
Manon Dewitte""",
      "2026-05-20 18:02 +0200", id="bo3", fmt="alt",
      ics={"method": "CANCEL", "uid": "bdx-2026-0522-mdn@boreal-dx.example.be", "seq": 1,
           "stamp": "20260520T160200", "start": "20260522T100000", "end": "20260522T110000",
           "summary": "Entretien Boréal Diagnostics", "location": "Microsoft Teams",
           "tz": "Europe/Brussels"},
      slug="boreal_cancel"),
    m(RS, "fr", "Institut de Recherche Loire-Océan", "gaelle.rio@iro.example.fr",
      ("Gaëlle Rio", "gaelle.rio@iro.example.fr"),
      "Changement : votre entretien passe en visio et à 16h",
      """Bonjour Margaux,

Pour l'entretien de jeudi 28 mai avec le Dr Quéré : il aura finalement lieu en visio (lien Zoom
ci-dessous) et à 16h au lieu de 10h, le Dr Quéré étant en consultation le matin.

https://zoom.example.fr/j/88123

Gaëlle Rio
Assistante RH – Institut de Recherche Loire-Océan""",
      "2026-05-25 11:40 +0200", id="io3", name_enc=("utf-8", "q"), slug="iro_moved"),
    m(RS, "en", "Helvimmun", "lukas.brunner@helvimmun.example.ch",
      ("Lukas Brunner", "lukas.brunner@helvimmun.example.ch"),
      "Cancelled: Interview Helvimmun – Margaux Delacourt-Nsimba",
      """Dear Margaux,

Unfortunately Dr. Keller has to attend an urgent meeting with a health authority tomorrow, so I
have to cancel our interview. I am very sorry for the short notice.

I will come back to you early next week with new time slots.

Best regards,
Lukas""",
      "2026-03-18 17:31 +0100", id="v3", re="v2", fmt="alt",
      ics={"method": "CANCEL", "uid": "hv-48812-mdn-1@helvimmun.example.ch", "seq": 1,
           "stamp": "20260318T163100", "start": "20260319T140000", "end": "20260319T150000",
           "summary": "Interview Helvimmun – Margaux Delacourt-Nsimba", "location": "Webex",
           "tz": "Europe/Zurich"},
      slug="helvimmun_cancel"),
    m(RS, "en", "Meridia Clinical", "tom.verbeke@meridia-clinical.example.be",
      ("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"),
      "Change of time – your interview on Thursday",
      """Hi Margaux,

Quick one: our Study Manager has a clash on Thursday morning, so could we move your interview
from 9:30 to 15:00 the same day (2 April)? The Zoom link stays the same.

Apologies for the shuffle!
Tom""",
      "2026-03-31 09:58 +0200", id="m3", re="m2", slug="meridia_moved"),
    m(RS, "en", "Orthalis Medical", "priya.natarajan@orthalis.example.ch",
      ("Priya Natarajan", "priya.natarajan@orthalis.example.ch"),
      "Rescheduling your call with our hiring manager",
      """Hi Margaux,

I'm afraid David (our Clinical Affairs Manager) is out sick today, so we need to reschedule the
call we had planned for 3pm. Could you do Tuesday 9 June at the same time instead?

Thanks for your understanding,
Priya""",
      "2026-06-04 10:03 +0200", id="o3b", slug="orthalis_moved"),
    m(RS, "de", "Kardiotek Medizintechnik", "katrin.weiss@kardiotek.example.de",
      ("Katrin Weiß", "katrin.weiss@kardiotek.example.de"),
      "Verschiebung Ihres Vorstellungsgesprächs am 3. März",
      """Sehr geehrte Frau Delacourt-Nsimba,

leider muss Dr. Heller kurzfristig zu einem Audit nach Tuttlingen reisen. Wir müssen unser
Gespräch daher verschieben und schlagen Ihnen Donnerstag, 5. März, um 14:00 Uhr vor.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Katrin Weiß
HR Business Partner
Kardiotek Medizintechnik GmbH, Hanauer Landstraße 140, 60314 Frankfurt am Main
Sitz der Gesellschaft: Frankfurt am Main, HRB 99871""",
      "2026-02-27 15:22 +0100", id="k3", re="k2", quote="std", charset="iso-8859-1",
      cte="quoted-printable", name_enc=("iso-8859-1", "q"), slug="kardiotek_moved"),
    m(RS, "de", "MediTrial Rhein-Main", "felix.hartmann@meditrial.example.de",
      ("Felix Hartmann", "felix.hartmann@meditrial.example.de"),
      "AW: Telefoninterview Studienkoordination – Terminvorschlag",
      """Hallo Frau Delacourt-Nsimba,

ich muss unser Telefonat am Montag leider absagen – bei einer laufenden Studie gibt es ein
dringendes Thema mit dem Sponsor. Ich melde mich in den nächsten Tagen mit einem neuen Termin.

Beste Grüße
Felix Hartmann""",
      "2026-04-10 19:31 +0200", id="mt3", re="mt2", quote="std", cte="base64",
      slug="meditrial_cancelled"),
    m(RS, "es", "Ensayos Clínicos Mediterráneo", "jordi.ferrer@ecmed.example.es",
      ("Jordi Ferrer", "jordi.ferrer@ecmed.example.es"),
      "Cambio de hora de tu entrevista",
      """Hola Margaux:

Laura ha tenido que cambiar su agenda. ¿Podemos pasar la entrevista del martes 21 a las 12:30
en lugar de las 10:00? El enlace de Teams es el mismo.

Perdona las molestias.
Jordi""",
      "2026-04-17 14:52 +0200", id="e3", re="e2", quote="std", slug="ecm_moved"),
    m(RS, "es", "Hospital Universitari del Besòs", "montse.puig@hubesos.example.es",
      ("Montserrat Puig", "montse.puig@hubesos.example.es"),
      "Aplazamiento de la entrevista del 11 de mayo",
      """Estimada Margaux:

Por motivos de agenda de la comisión, nos vemos obligados a aplazar la entrevista prevista para
el lunes 11 de mayo. La nueva fecha es el jueves 14 de mayo a las 10:00, en el mismo lugar.

Disculpe las molestias. Le agradecería que confirmara su asistencia.

Atentamente,
Montserrat Puig i Soler""",
      "2026-05-06 09:20 +0200", id="b3", re="b2", quote="std", charset="iso-8859-1",
      cte="8bit", slug="besos_postponed"),
    m(RS, "es", "Laboratorios Garraf", "nerea.soto@talentiasalud.example.es",
      ("Nerea Soto – Talentia Salud ETT", "nerea.soto@talentiasalud.example.es"),
      "RE: Entrevista con Laboratorios Garraf el jueves",
      """Hola de nuevo, Margaux:

Me acaban de avisar de Laboratorios Garraf: Marc Roig no estará el jueves. Han pasado tu
entrevista al viernes 19 de junio a las 12:00, mismo sitio. ¿Te va bien?

Nerea""",
      "2026-06-16 13:35 +0200", id="g3", re="g2", quote="std", slug="garraf_moved"),
]

MISSED = [
    m(MI, "fr", "Nuvogène", "camille.roux@nuvogene.example.fr",
      ("Camille Roux", "camille.roux@nuvogene.example.fr"),
      "On vous a attendue ce matin",
      """Bonjour Margaux,

Nous avions rendez-vous ce matin à 10h sur Google Meet pour notre premier échange ; je vous ai
attendue une quinzaine de minutes, sans nouvelles de votre part.

J'espère que tout va bien. Si vous souhaitez toujours poursuivre, dites-le-moi et je verrai si
un autre créneau est possible cette semaine.

Camille Roux
Talent & People – Nuvogène""",
      "2026-02-05 10:41 +0100", id="n3", slug="nuvogene_no_show"),
    m(MI, "fr", "Pharmintérim Ouest", "laetitia.bernier@pharminterim.example.fr",
      ("Laëtitia Bernier", "laetitia.bernier@pharminterim.example.fr"),
      "Rendez-vous de ce matin à l'agence",
      """Bonjour Margaux,

Vous étiez attendue ce matin à 9h30 à l'agence pour notre entretien et vous ne vous êtes pas
présentée. J'ai essayé de vous joindre sur votre portable sans succès.

Le client souhaite une réponse rapide ; si la mission vous intéresse toujours, rappelez-moi
avant demain midi au 02 40 89 14 63.

Laëtitia Bernier
Pharmintérim Ouest""",
      "2026-02-03 11:02 +0100", id="p3", re="p2", quote="std", charset="iso-8859-1",
      cte="quoted-printable", name_enc=("iso-8859-1", "b"), slug="pharminterim_no_show"),
    m(MI, "fr", "Vaxarmor", "marine.le-bihan@vaxarmor.example.fr",
      ("Marine Le Bihan", "marine.le-bihan@vaxarmor.example.fr"),
      "Journée de recrutement du 13 mars – absence",
      """Madame,

Vous étiez inscrite à notre journée de recrutement du vendredi 13 mars et nous avons constaté
votre absence. Nous n'avons reçu aucun message d'annulation de votre part.

Nous ne sommes pas en mesure de proposer une nouvelle session pour ce poste.

Cordialement,
Marine Le Bihan
Chargée de recrutement – Vaxarmor""",
      "2026-03-13 17:15 +0100", id="x3", re="x2", fmt="alt", slug="vaxarmor_absence"),
    m(MI, "fr", "Centre d'Investigation Clinique de Nantes", "pierre.brehier@cic-nantes.example.fr",
      ("Pr Pierre Bréhier", "pierre.brehier@cic-nantes.example.fr"),
      "Notre rendez-vous de 14h",
      """Madame,

Je me suis connecté à 14h comme convenu puis j'ai tenté de vous appeler au numéro de votre CV,
sans réponse. Peut-être un problème de lien ?

Je peux vous proposer jeudi à 17h30 ; dites-moi.

P. Bréhier""",
      "2026-05-11 14:32 +0200", id="cic3", re="cic2", quote="std", charset="windows-1252",
      cte="8bit", name_enc=("windows-1252", "b"), slug="cic_missed"),
    m(MI, "en", "Rhinebridge Biologics", "hannah.meier@rhinebridge.example.ch",
      ("Hannah Meier", "hannah.meier@rhinebridge.example.ch"),
      "We tried to reach you",
      """Dear Margaux,

I called you today at 11:00 as agreed for our follow-up conversation about the Study Start-Up
Specialist role, but couldn't get through and the call went to voicemail.

If you are still interested, please reply with two or three times that suit you this week.

Kind regards,
Hannah Meier
HR Business Partner, Rhinebridge Biologics
Grenzacherstrasse 210, 4058 Basel""",
      "2026-05-21 11:24 +0200", id="r3", slug="rhinebridge_missed_call"),
    m(MI, "en", "Orthalis Medical", "priya.natarajan@orthalis.example.ch",
      ("Priya Natarajan", "priya.natarajan@orthalis.example.ch"),
      "Missed you on Zoom today",
      """Hi Margaux,

David and I waited in the Zoom room for about 15 minutes today at 3pm but didn't see you join.
Did something come up? No worries if so – just let me know whether you'd like to find another
time.

Best,
Priya""",
      "2026-06-09 15:26 +0200", id="o4", re="o3b", slug="orthalis_no_show"),
    m(MI, "de", "Vakzinwerk Hessen", "sabine.kroll@vakzinwerk.example.de",
      ("Sabine Kroll", "sabine.kroll@vakzinwerk.example.de"),
      "Assessment-Center am 10. Juni – Sie waren nicht anwesend",
      """Guten Tag Frau Delacourt-Nsimba,

Sie waren für unser Assessment-Center heute um 9:00 Uhr eingeplant, sind jedoch nicht
erschienen. Leider haben wir auch keine Absage von Ihnen erhalten.

Falls es einen wichtigen Grund gab, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüße
Sabine Kroll
Recruiting – Vakzinwerk Hessen""",
      "2026-06-10 12:48 +0200", id="vw3", re="vw2", charset="iso-8859-1", cte="quoted-printable",
      slug="vakzinwerk_no_show"),
    m(MI, "de", "Paracelsia Diagnostik", "c.kessler@kessler-search.example.de",
      ("Christoph Kessler", "c.kessler@kessler-search.example.de"),
      "Gespräch mit Paracelsia heute – was ist passiert?",
      """Liebe Frau Delacourt-Nsimba,

Frau Dr. Sommer hat mich gerade angerufen: Sie hat heute um 11:00 Uhr im Video-Call auf Sie
gewartet, Sie haben sich aber nicht eingewählt. Ich habe Sie auch telefonisch nicht erreicht.

Bitte rufen Sie mich zurück, damit ich dem Kunden etwas sagen kann.

Christoph Kessler""",
      "2026-07-24 11:52 +0200", id="ks3", re="ks2", quote="std", slug="paracelsia_no_show"),
    m(MI, "es", "Ensayos Clínicos Mediterráneo", "jordi.ferrer@ecmed.example.es",
      ("Jordi Ferrer", "jordi.ferrer@ecmed.example.es"),
      "No pudimos conectar contigo hoy",
      """Hola Margaux:

Laura y yo te esperamos hoy a las 12:30 en Teams, pero no llegaste a conectarte. También te
llamé al móvil sin éxito.

Si sigues interesada, dime y vemos si encontramos otro hueco.

Jordi""",
      "2026-04-21 13:05 +0200", id="e4", re="e3", quote="std", slug="ecm_no_show"),
    m(MI, "es", "Biomédica Diagonal", "sergio.blanco@biomedicadiagonal.example.es",
      ("Sergio Blanco", "sergio.blanco@biomedicadiagonal.example.es"),
      "Te estuvimos esperando en el Meet",
      """Hola Margaux:

Hoy a las 17:00 te estuve esperando en el Google Meet que te mandé, pero no apareciste. ¿Todo
bien? Si quieres, lo intentamos otro día.

Sergio""",
      "2026-05-20 17:22 +0200", id="bd3", re="bd2", fmt="html", slug="biomedica_no_show"),
]

OFFERS = [
    m(OF, "fr", "Clinexa Research", "elodie.marchand@clinexa.example.fr", ELODIE,
      "Suite à notre appel – proposition Clinexa",
      """Bonjour Margaux,

Comme Hélène vous l'a annoncé au téléphone cet après-midi, nous avons le plaisir de vous
proposer le poste de Coordinatrice d'études cliniques en CDI à Nantes, avec une prise de poste
souhaitée au 4 mai.

Les éléments principaux : 36 000 € bruts annuels, statut ETAM, télétravail deux jours par
semaine, formation ICH-GCP prise en charge. La lettre de proposition officielle suit d'ici la
fin de semaine.

Félicitations !
Élodie""",
      "2026-03-09 16:00 +0100", id="c6", name_enc=("utf-8", "q"), slug="clinexa_verbal_offer"),
    m(OF, "fr", "Clinexa Research", "elodie.marchand@clinexa.example.fr", ELODIE,
      "Lettre de proposition d'embauche – Clinexa Research",
      """Bonjour Margaux,

Veuillez trouver ci-joint votre lettre de proposition d'embauche pour le poste de Coordinatrice
d'études cliniques. Nous vous remercions de nous la retourner signée avant le 20 mars si elle
vous convient.

Je reste disponible pour toute question.

Bien cordialement,
Élodie Marchand
Chargée de recrutement – Clinexa Research

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir
l'expéditeur.""",
      "2026-03-12 11:00 +0100", id="c7", re="c6", quote="std", fmt="alt",
      name_enc=("utf-8", "q"),
      pdfs=[("Proposition_embauche_Delacourt-Nsimba.pdf",
             ["Clinexa Research - Proposition d'embauche",
              "Poste : Coordinatrice d'etudes cliniques (CDI)",
              "Remuneration : 36 000 EUR bruts annuels", "Date de debut : 4 mai 2026"])],
      slug="clinexa_offer_letter"),
    m(OF, "fr", "Clinexa Research", "helene.fabre@clinexa.example.fr",
      ("Hélène Fabre", "helene.fabre@clinexa.example.fr"),
      "Re: Délai de réflexion – proposition révisée",
      """Bonjour Margaux,

Merci pour votre franchise. Nous tenons à vous compter parmi nous : nous pouvons porter la
rémunération à 38 500 € bruts annuels et décaler la prise de poste au 1er juin. La lettre
révisée est en pièce jointe ; elle est valable jusqu'au 3 avril.

Bien à vous,
Hélène Fabre
Directrice des opérations cliniques – Clinexa Research""",
      "2026-03-20 09:35 +0100", id="c8", re="c7b", quote="std", name_enc=("utf-8", "b"),
      pdfs=[("Proposition_revisee_Clinexa.pdf",
             ["Clinexa Research - Proposition d'embauche revisee",
              "Remuneration : 38 500 EUR bruts annuels", "Date de debut : 1er juin 2026"])],
      slug="clinexa_revised_offer"),
    m(OF, "fr", "Hôpital Universitaire de la Vilaine", "sophie.legoff@huv.example.fr", SOPHIE,
      "Proposition de poste – Technicienne d'études cliniques URC",
      """Bonjour Madame Delacourt-Nsimba,

J'ai le plaisir de vous informer que la commission a retenu votre candidature. Le Dr Kerleau
et moi-même vous proposons le poste de technicienne d'études cliniques à l'URC, en CDD de
18 mois renouvelable, à temps plein, à compter du 1er septembre 2026.

La rémunération relève de la grille des techniciens de recherche hospitalière (échelon 3). La
direction des ressources humaines vous adressera le contrat dans les prochains jours.

Pouvez-vous me faire part de votre réponse d'ici le 8 juillet ?

Bien cordialement,
Sophie Le Goff""",
      "2026-07-01 10:12 +0200", id="h5", re="h3", quote="std", fmt="alt", slug="huv_offer"),
    m(OF, "fr", "Hôpital Universitaire de la Vilaine", "sophie.legoff@huv.example.fr", SOPHIE,
      "RE: Proposition de poste – reprise d'ancienneté",
      """Bonjour Madame Delacourt-Nsimba,

Suite à votre question, la DRH accepte une reprise d'ancienneté de vos années en pharmacie
hospitalière : vous seriez donc positionnée à l'échelon 5, et non 3. Le reste de la proposition
est inchangé.

Je vous confirme donc notre proposition dans ces nouvelles conditions.

Sophie Le Goff""",
      "2026-07-06 15:48 +0200", id="h6", re="h5b", quote="std", cte="8bit",
      slug="huv_revised_offer"),
    m(OF, "fr", "Hôpital Universitaire de la Vilaine", "gwenaelle.riou@huv.example.fr",
      ("Direction des Ressources Humaines – HUV", "drh-no-reply@huv.example.fr"),
      "Votre contrat de travail à signer – URC",
      """Madame,

Veuillez trouver ci-joint votre contrat de travail à durée déterminée (technicienne d'études
cliniques, Unité de Recherche Clinique) en deux exemplaires.

Merci de nous en retourner un exemplaire daté et signé, précédé de la mention « lu et
approuvé », avant le 31 juillet 2026, ainsi que les pièces listées en annexe.

Bureau des contrats – Direction des Ressources Humaines
Hôpital Universitaire de la Vilaine""",
      "2026-07-20 14:02 +0200", id="h7",
      reply_to=("Gwenaëlle Riou", "gwenaelle.riou@huv.example.fr"),
      pdfs=[("CDD_URC_Delacourt-Nsimba.pdf",
             ["Hopital Universitaire de la Vilaine - Contrat a duree determinee",
              "Technicienne d'etudes cliniques - URC", "Debut : 1er septembre 2026",
              "Duree : 18 mois"])],
      slug="huv_contract"),
    m(OF, "en", "Meridia Clinical", "tom.verbeke@meridia-clinical.example.be",
      ("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"),
      "Your offer from Meridia Clinical",
      """Hi Margaux,

I'm delighted to confirm that we'd like to offer you the position of Clinical Research
Coordinator in our Brussels office! Please find the offer letter attached: gross annual salary
EUR 44,000, meal vouchers, hospitalisation insurance and a start date of 1 June.

Take a few days to review it and let me know if you have any questions. We really hope you'll
join us.

Best,
Tom""",
      "2026-04-29 16:12 +0200", id="m5", re="m4", quote="std", fmt="alt",
      pdfs=[("Meridia_Offer_Letter.pdf",
             ["Meridia Clinical - Offer of Employment",
              "Position: Clinical Research Coordinator, Brussels",
              "Gross annual salary: EUR 44,000", "Start date: 1 June 2026"])],
      slug="meridia_offer"),
    m(OF, "de", "Universitätsklinikum Mainufer", "jana.oberle@ukm.example.de",
      ("Dr. Jana Oberle", "jana.oberle@ukm.example.de"),
      "Zusage – Studienassistenz Onkologie",
      """Sehr geehrte Frau Delacourt-Nsimba,

ich freue mich, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Studienassistenz in
der Studienzentrale Onkologie anbieten möchten (Vollzeit, TV-L E9a, zunächst auf zwei Jahre
befristet, Beginn nach Absprache).

Den Arbeitsvertrag erhalten Sie nach Ihrer Zusage von der Personalabteilung. Bitte geben Sie
mir bis zum 22. Mai Bescheid.

Mit freundlichen Grüßen
Dr. Jana Oberle""",
      "2026-05-12 09:03 +0200", id="u3", re="u2", quote="std", slug="mainufer_offer"),
    m(OF, "es", "Hospital Universitari del Besòs", "montse.puig@hubesos.example.es",
      ("Montserrat Puig", "montse.puig@hubesos.example.es"),
      "Oferta – Coordinadora de ensayos clínicos",
      """Estimada Margaux:

Me complace comunicarle que la comisión de selección ha decidido ofrecerle la plaza de
coordinadora de ensayos clínicos en nuestra Unidad de Investigación: contrato indefinido
vinculado a proyecto, jornada completa, salario bruto anual de 31.200 € en 14 pagas.

Le agradecería que nos comunicara su decisión antes del 29 de mayo.

Atentamente,
Montserrat Puig i Soler""",
      "2026-05-19 12:00 +0200", id="b4", re="b3", quote="std", charset="iso-8859-1",
      cte="quoted-printable", slug="besos_offer"),
    m(OF, "es", "Hospital Universitari del Besòs", "nuria.casals@hubesos.example.es",
      ("Dra. Núria Casals", "nuria.casals@hubesos.example.es"),
      "Re: Oferta – Coordinadora de ensayos clínicos",
      """Margaux:

Entiendo sus dudas por la mudanza. Para facilitarle la decisión, le adjunto el contrato para su
firma con una fecha de incorporación más flexible (1 de septiembre) y le confirmo que el
hospital cubre el curso de catalán del primer año.

Un cordial saludo,
Dra. Núria Casals
Jefa de la Unidad de Investigación Clínica
Hospital Universitari del Besòs""",
      "2026-05-26 18:40 +0200", id="b5", re="b4b", quote="std",
      pdfs=[("Contrato_UIC_Delacourt.pdf",
             ["Hospital Universitari del Besos - Contrato de trabajo",
              "Coordinadora de ensayos clinicos", "Incorporacion: 1 de septiembre de 2026"])],
      slug="besos_contract"),
]

MESSAGES = RESCHEDULES + MISSED + OFFERS
