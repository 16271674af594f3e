"""Interview invitations (interview_invitation), written by hand for corpus 344."""

from __future__ import annotations

from msgs344_common import m

K = "interview_invitation"
ELODIE = ("Élodie Marchand", "elodie.marchand@clinexa.example.fr")

MESSAGES = [
    m(K, "fr", "Clinexa Research", "elodie.marchand@clinexa.example.fr", ELODIE,
      "Clinexa Research – Entretien pour le poste de Coordinatrice d'études cliniques",
      """Bonjour Margaux,

Suite à votre candidature (réf. R-20417), j'ai le plaisir de vous proposer un premier entretien
avec moi-même et Nicolas Perrin, Clinical Operations Manager.

Date : jeudi 19 février 2026, 10h00 – 10h45
Lieu : visioconférence Teams (lien dans l'invitation jointe)

Merci de me confirmer votre disponibilité en acceptant l'invitation.

Bien cordialement,

Élodie Marchand
Chargée de recrutement – Clinexa Research
4 quai de la Fosse, 44000 Nantes
+33 2 40 11 52 80""",
      "2026-02-11 10:20 +0100", id="c2", re="c1", quote="std", name_enc=("utf-8", "q"),
      ics={"method": "REQUEST", "uid": "clinexa-r20417-entretien1@clinexa.example.fr",
           "seq": 0, "stamp": "20260211T092000", "start": "20260219T100000",
           "end": "20260219T104500", "summary": "Entretien Clinexa – M. Delacourt-Nsimba",
           "location": "Microsoft Teams"},
      slug="clinexa_invite"),
    m(K, "fr", "Hôpital Universitaire de la Vilaine", "sophie.legoff@huv.example.fr",
      ("Sophie Le Goff", "sophie.legoff@huv.example.fr"),
      "Convocation à un entretien – Unité de Recherche Clinique",
      """Bonjour Madame Delacourt-Nsimba,

Votre candidature a retenu notre attention. Nous vous proposons un entretien avec le Dr Yann
Kerleau, responsable de l'URC, et moi-même :

mercredi 17 juin 2026 à 14h00
Unité de Recherche Clinique, bâtiment Pontchaillou B, 2e étage, salle 214

Prévoyez environ une heure ; une courte mise en situation sur un classeur investigateur est
prévue. Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

Sophie Le Goff
Cadre de santé – Unité de Recherche Clinique
Hôpital Universitaire de la Vilaine""",
      "2026-06-10 16:02 +0200", id="h2", re="h1", quote="std", fmt="alt", slug="huv_invite"),
    m(K, "fr", "Nuvogène", "camille.roux@nuvogene.example.fr",
      ("Camille Roux via Ashby", "no-reply@ashbyhq.com"),
      "Nuvogène – planifions un premier échange",
      """Bonjour Margaux,

Merci encore pour votre candidature ! Votre parcours en pharmacie hospitalière nous a beaucoup
plu et nous aimerions en discuter avec vous lors d'un appel vidéo de 30 minutes.

Choisissez le créneau qui vous convient ici :
https://app.ashbyhq.com/schedule/nuvogene/7f3a2c

Camille Roux
Talent & People – Nuvogène""",
      "2026-01-29 11:15 +0000", id="n2", reply_to=("Camille Roux", "camille.roux@nuvogene.example.fr"),
      fmt="html", slug="nuvogene_invite"),
    m(K, "fr", "Fondation Lumen Oncologie", "ines.perrot@lumen-onco.example.ch",
      ("Inès Perrot via SmartRecruiters", "noreply@smartrecruiters.com"),
      "Invitation à un entretien – Coordinateur·rice de recherche clinique",
      """Bonjour Margaux,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Coordinateur·rice de
recherche clinique. L'entretien se déroulera en deux parties : un échange avec la responsable
des études académiques puis une présentation de l'unité.

Date proposée : mardi 28 avril 2026, 9h30, à la Fondation (chemin des Sapins 12, Genève).
Si ce créneau ne vous convient pas, répondez simplement à ce message.

Inès Perrot
Responsable RH – Fondation Lumen Oncologie""",
      "2026-04-20 14:08 +0000", id="l2",
      reply_to=("Inès Perrot", "ines.perrot@lumen-onco.example.ch"), fmt="alt",
      charset="iso-8859-1", name_enc=("iso-8859-1", "q"), slug="lumen_invite"),
    m(K, "fr", "Oncovia", "thibault.morvan@santetalents.example.fr",
      ("Thibault Morvan", "thibault.morvan@santetalents.example.fr"),
      "Entretien chez Oncovia – jeudi 2 avril",
      """Bonjour Margaux,

Comme évoqué au téléphone tout à l'heure, je peux maintenant vous le dire : notre client est
Oncovia, le laboratoire d'oncologie du 13e arrondissement. Ils souhaitent vous rencontrer !

Jeudi 2 avril à 11h00
Oncovia, 45 avenue de France, 75013 Paris – demander Mme Claire Vasseur, Head of Clinical Ops

Je vous appelle la veille pour vous préparer. Pensez à apporter votre attestation de formation
BPC.

Thibault Morvan
Santé Talents Conseil""",
      "2026-03-26 18:40 +0100", id="s2", re="s1", quote="std", slug="oncovia_invite"),
    m(K, "fr", "Pharmintérim Ouest", "laetitia.bernier@pharminterim.example.fr",
      ("Laëtitia Bernier", "laetitia.bernier@pharminterim.example.fr"),
      "Rendez-vous à l'agence – mission technicienne d'études cliniques",
      """Bonjour Margaux,

Suite à votre candidature, je vous propose un entretien à l'agence pour faire connaissance et
vous présenter la mission (laboratoire client à Carquefou, 6 mois, démarrage mi-février).

Mardi 3 février à 9h30, Pharmintérim Ouest, 7 boulevard Gabriel Lauriol, Nantes.
Munissez-vous d'une pièce d'identité, de votre carte Vitale et d'un RIB.

Laëtitia Bernier
Chargée de recrutement – Pharmintérim Ouest
02 40 89 14 63""",
      "2026-01-29 17:12 +0100", id="p2", name_enc=("iso-8859-1", "b"), charset="iso-8859-1",
      cte="8bit", slug="pharminterim_invite"),
    m(K, "fr", "Vaxarmor", "", ("Vaxarmor Recrutement", "vaxarmor@taleo.net"),
      "Vaxarmor : invitation à notre journée de recrutement (assessment)",
      """Madame Delacourt-Nsimba,

Nous avons le plaisir de vous convier à la journée de recrutement organisée pour les postes
Qualité Essais Cliniques :

Date : vendredi 13 mars 2026, de 8h30 à 16h00
Lieu : Vaxarmor, site de Saint-Jacques-de-la-Lande, accueil bâtiment C
Programme : présentation du site, étude de cas en groupe, entretien individuel.

Merci de confirmer votre participation depuis votre espace candidat avant le 9 mars.

Direction des Ressources Humaines – Vaxarmor""",
      "2026-03-02 07:45 +0000", id="x2", fmt="html", slug="vaxarmor_assessment"),
    m(K, "fr", "Cellvia Thérapeutiques", "hugo.lamarre@cellvia.example.fr",
      ("Hugo Lamarre", "hugo.lamarre@cellvia.example.fr"),
      "Une journée d'immersion chez Cellvia ?",
      """Salut Margaux,

J'ai lu ton dossier ce vendredi et j'aimerais beaucoup te proposer une journée d'immersion avec
l'équipe clinique : tu suivras Léa sur la préparation d'une visite de mise en place, puis on
prendra 45 minutes ensemble pour discuter du poste.

Est-ce que le jeudi 30 avril te conviendrait (9h – 17h, nos locaux de l'île de Nantes) ?

À bientôt,
Hugo
COO – Cellvia Thérapeutiques""",
      "2026-04-19 20:04 +0200", id="cv2", slug="cellvia_trial_day"),
    m(K, "fr", "Institut de Recherche Loire-Océan", "",
      ("Institut de Recherche Loire-Océan", "noreply@workablemail.com"),
      "Planifiez votre entretien téléphonique avec l'Institut de Recherche Loire-Océan",
      """Bonjour Margaux,

L'équipe de l'Institut de Recherche Loire-Océan souhaite organiser un entretien téléphonique de
20 minutes avec vous pour le poste Chargé(e) de coordination d'essais précoces.

Sélectionnez un créneau dans le calendrier ci-dessous :
https://apply.workable.com/iro/schedule/4b81

Ce message a été envoyé par Workable au nom de l'Institut de Recherche Loire-Océan.""",
      "2026-05-12 09:30 +0000", id="io2", fmt="alt", slug="iro_phone_screen"),
    m(K, "fr", "Centre d'Investigation Clinique de Nantes", "pierre.brehier@cic-nantes.example.fr",
      ("Pr Pierre Bréhier", "pierre.brehier@cic-nantes.example.fr"),
      "Entretien – équipe coordination CIC",
      """Madame,

Mme Guéguen m'a transmis votre dossier. Je vous propose de nous entretenir en visioconférence le
lundi 11 mai à 14h ; mon assistante vous enverra le lien. Si l'horaire ne vous convient pas,
indiquez-moi deux ou trois alternatives.

Cordialement,
Pr Pierre Bréhier
Coordonnateur – Centre d'Investigation Clinique de Nantes""",
      "2026-05-04 07:58 +0200", id="cic2", re="cic1", quote="outlook", charset="windows-1252",
      cte="quoted-printable", name_enc=("windows-1252", "q"), slug="cic_invite"),
    m(K, "fr", "Boréal Diagnostics", "manon.dewitte@boreal-dx.example.be",
      ("Manon Dewitte", "manon.dewitte@boreal-dx.example.be"),
      "Invitation : Entretien Boréal Diagnostics – Coordinatrice études cliniques",
      """Bonjour Margaux,

Merci pour votre candidature. Je vous envoie une invitation pour un entretien vidéo avec notre
Clinical Affairs Lead, le vendredi 22 mai de 10h à 11h (heure de Bruxelles).

Vous trouverez le lien Teams dans l'invitation ci-jointe.

Manon Dewitte
Talent Partner – Boréal Diagnostics
Avenue Louise 231, 1050 Bruxelles""",
      "2026-05-14 15:20 +0200", id="bo2", fmt="alt",
      ics={"method": "REQUEST", "uid": "bdx-2026-0522-mdn@boreal-dx.example.be", "seq": 0,
           "stamp": "20260514T132000", "start": "20260522T100000", "end": "20260522T110000",
           "summary": "Entretien Boréal Diagnostics", "location": "Microsoft Teams",
           "tz": "Europe/Brussels"},
      slug="boreal_invite"),
    m(K, "fr", "Clinexa Research", "elodie.marchand@clinexa.example.fr", ELODIE,
      "Clinexa – second entretien avec la direction des opérations",
      """Bonjour Margaux,

Merci pour votre message et pour l'échange de vendredi. Nicolas a été très positif et nous
souhaitons poursuivre avec un second entretien, sur site cette fois, avec Mme Hélène Fabre,
directrice des opérations cliniques.

Jeudi 5 mars 2026, 15h00 – 16h00
Clinexa Research, 4 quai de la Fosse, Nantes (3e étage)

Au programme : un cas pratique de 20 minutes sur le suivi des inclusions d'un essai de phase II.

Bien cordialement,
Élodie""",
      "2026-02-26 09:05 +0100", id="c5", re="c4", quote="std", name_enc=("utf-8", "q"),
      slug="clinexa_second_interview"),
    m(K, "en", "Helvimmun", "lukas.brunner@helvimmun.example.ch",
      ("Lukas Brunner", "lukas.brunner@helvimmun.example.ch"),
      "Interview invitation – Clinical Trial Coordinator (Req. 48812)",
      """Dear Margaux,

Thank you for your application. We would like to invite you to a video interview with our
Clinical Operations team (Dr. Anna Keller, Study Lead, and myself).

Date: Thursday, 19 March 2026
Time: 14:00 – 15:00 CET
Platform: Webex – the link is in the attached calendar invitation.

Please accept the invitation to confirm, or let me know if you need a different time.

Best regards,
Lukas Brunner
Talent Acquisition Partner
Helvimmun AG | Hochbergerstrasse 60 | 4057 Basel | +41 61 555 20 14""",
      "2026-03-11 11:32 +0100", id="v2", fmt="alt",
      ics={"method": "REQUEST", "uid": "hv-48812-mdn-1@helvimmun.example.ch", "seq": 0,
           "stamp": "20260311T103200", "start": "20260319T140000", "end": "20260319T150000",
           "summary": "Interview Helvimmun – Margaux Delacourt-Nsimba", "location": "Webex",
           "tz": "Europe/Zurich"},
      slug="helvimmun_invite"),
    m(K, "en", "Meridia Clinical", "tom.verbeke@meridia-clinical.example.be",
      ("Tom Verbeke via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Meridia Clinical: let's schedule your interview",
      """Hi Margaux,

Thanks for applying to Meridia Clinical. I'd love to set up a 45-minute video interview to talk
about the Clinical Research Coordinator role in Brussels.

Please pick a time that works for you using this link:
https://app.greenhouse.io/scheduling/meridia/3c9e81

Looking forward to speaking with you!
Tom Verbeke
Senior Recruiter, Meridia Clinical""",
      "2026-03-27 13:15 +0000", id="m2",
      reply_to=("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"), fmt="html",
      slug="meridia_invite"),
    m(K, "en", "Rhinebridge Biologics", "", ("Rhinebridge Biologics", "careers-noreply@icims.com"),
      "Next step: on-demand video interview – Study Start-Up Specialist",
      """Dear Margaux,

Congratulations, you have been selected for the next step of our recruitment process for the
Study Start-Up Specialist position.

Please complete a short on-demand video interview (five questions, about 20 minutes) by
Friday, 15 May 2026 at 23:59 CET using the link below:
https://rhinebridge.icims.com/jobs/1187/video-interview

Sincerely,
Rhinebridge Biologics Talent Acquisition""",
      "2026-05-07 06:20 +0000", id="r2", fmt="alt", slug="rhinebridge_video"),
    m(K, "en", "Orthalis Medical", "priya.natarajan@orthalis.example.ch",
      ("Priya Natarajan from Orthalis Medical", "no-reply@hire.lever.co"),
      "Phone screen with Orthalis Medical",
      """Hi Margaux,

Thanks for your interest in the Clinical Study Coordinator role! I'd like to schedule a 30-minute
phone screen to learn more about your experience with clinical supplies and trial documentation.

Book a slot here: https://jobs.lever.co/orthalis/schedule/a71f

Talk soon,
Priya Natarajan
Talent Acquisition, Orthalis Medical""",
      "2026-05-20 08:48 +0000", id="o2",
      reply_to=("Priya Natarajan", "priya.natarajan@orthalis.example.ch"), slug="orthalis_screen"),
    m(K, "en", "Meridia Clinical", "tom.verbeke@meridia-clinical.example.be",
      ("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"),
      "Re: Second interview – Meridia Clinical",
      """Hi Margaux,

Great news – the team enjoyed meeting you and would like you to come in for a final interview
with our Head of Site Management, Sarah Janssens.

Wednesday 22 April, 10:00–11:30, Meridia Clinical, Rue de la Loi 81, 1040 Brussels.
There will be a short exercise on a monitoring visit report.

Let me know if that works.

Best,
Tom

Tom Verbeke | Senior Recruiter | Meridia Clinical
+32 2 555 48 10""",
      "2026-04-14 17:26 +0200", id="m4", re="m3b", quote="std", slug="meridia_final"),
    m(K, "de", "Kardiotek Medizintechnik", "katrin.weiss@kardiotek.example.de",
      ("Katrin Weiß via Personio", "noreply@personio.de"),
      "Einladung zum Vorstellungsgespräch – Clinical Study Coordinator (m/w/d)",
      """Sehr geehrte Frau Delacourt-Nsimba,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Gespräch an unserem
Standort in Frankfurt einzuladen:

Termin: Dienstag, 3. März 2026, 10:30 Uhr
Ort: Kardiotek Medizintechnik, Hanauer Landstraße 140, 60314 Frankfurt am Main
Gesprächspartner: Dr. Markus Heller (Leitung Klinische Studien) und Katrin Weiß (HR)

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Katrin Weiß
HR Business Partner""",
      "2026-02-20 14:11 +0100", id="k2",
      reply_to=("Katrin Weiß", "katrin.weiss@kardiotek.example.de"), fmt="alt",
      name_enc=("iso-8859-1", "q"), charset="iso-8859-1", slug="kardiotek_invite"),
    m(K, "de", "MediTrial Rhein-Main", "felix.hartmann@meditrial.example.de",
      ("Felix Hartmann", "felix.hartmann@meditrial.example.de"),
      "Telefoninterview Studienkoordination – Terminvorschlag",
      """Hallo Frau Delacourt-Nsimba,

Ihre Bewerbung hat uns neugierig gemacht. Ich würde gerne ein kurzes Telefoninterview (ca. 30
Minuten) mit Ihnen führen – auf Deutsch und zum Teil auf Englisch, da viele unserer Sponsoren
international sind.

Passt Ihnen Montag, 13. April, um 16:00 Uhr? Ich rufe Sie dann unter der angegebenen Nummer an.

Beste Grüße
Felix Hartmann
Teamleiter Studienkoordination
MediTrial Rhein-Main GmbH · Mainzer Landstraße 50 · 60325 Frankfurt""",
      "2026-04-06 12:40 +0200", id="mt2", slug="meditrial_phone"),
    m(K, "de", "Universitätsklinikum Mainufer", "jana.oberle@ukm.example.de",
      ("Dr. Jana Oberle", "jana.oberle@ukm.example.de"),
      "Einladung Vorstellungsgespräch Studienassistenz Onkologie",
      """Sehr geehrte Frau Delacourt-Nsimba,

wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 7. Mai 2026, 13:00 Uhr
Studienzentrale Onkologie, Haus 23, Raum 1.14

Eine Anfahrtsbeschreibung finden Sie im Anhang. Reisekosten können wir leider nicht erstatten.

Mit freundlichen Grüßen
Dr. Jana Oberle
Leiterin Studienzentrale Onkologie""",
      "2026-04-28 10:15 +0200", id="u2", re="u1", quote="std",
      pdfs=[("Anfahrt_Haus23.pdf", ["Universitaetsklinikum Mainufer - Anfahrt Haus 23",
                                    "Theodor-Stern-Weg 9, 60596 Frankfurt am Main",
                                    "Strassenbahn 15/16 bis Haltestelle Stresemannallee"])],
      slug="mainufer_invite"),
    m(K, "de", "Vakzinwerk Hessen", "", ("Vakzinwerk Hessen", "notifications@vakzinwerk.bamboohr.com"),
      "Einladung zum Assessment-Center am 10. Juni",
      """Guten Tag Margaux,

wir laden Sie herzlich zu unserem Assessment-Center für die Position Clinical Operations
Assistant ein.

Datum: Mittwoch, 10. Juni 2026, 9:00 – 15:30 Uhr
Ort: Vakzinwerk Hessen, Emil-von-Behring-Straße 3, Marburg
Ablauf: Gruppenübung, Fallstudie, Einzelgespräch mit der Fachabteilung

Bitte bestätigen Sie Ihre Teilnahme über den Link in Ihrem Bewerberportal.

Vakzinwerk Hessen – Human Resources""",
      "2026-05-29 08:00 +0000", id="vw2", fmt="html", slug="vakzinwerk_assessment"),
    m(K, "de", "Paracelsia Diagnostik", "c.kessler@kessler-search.example.de",
      ("Christoph Kessler", "c.kessler@kessler-search.example.de"),
      "Ihr Gespräch bei Paracelsia Diagnostik",
      """Liebe Frau Delacourt-Nsimba,

gute Nachrichten: Paracelsia Diagnostik möchte Sie für die Position Clinical Trial Specialist
kennenlernen. Das erste Gespräch findet per Video statt:

Freitag, 24. Juli, 11:00 Uhr, mit Frau Dr. Ulrike Sommer (Head of Clinical Affairs).
Den Link schickt Ihnen das Sekretariat von Paracelsia direkt.

Ich melde mich vorher für ein kurzes Briefing.

Herzliche Grüße
Christoph Kessler
Kessler Life Science Search · Eschersheimer Landstraße 14 · 60322 Frankfurt""",
      "2026-07-15 18:03 +0200", id="ks2", slug="paracelsia_invite"),
    m(K, "es", "Ensayos Clínicos Mediterráneo", "jordi.ferrer@ecmed.example.es",
      ("Jordi Ferrer from Ensayos Clínicos Mediterráneo", "no-reply@teamtailor-mail.com"),
      "Entrevista – Coordinador/a de Estudios Clínicos",
      """Hola Margaux:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por videollamada de unos
45 minutos con Laura Vidal, responsable de coordinación.

Propuesta: martes 21 de abril a las 10:00 (hora de Barcelona).
Puedes confirmar o proponer otra hora respondiendo a este correo.

Un saludo,
Jordi Ferrer
Talent Acquisition – ECM""",
      "2026-04-10 11:20 +0000", id="e2",
      reply_to=("Jordi Ferrer", "jordi.ferrer@ecmed.example.es"), fmt="alt", slug="ecm_invite"),
    m(K, "es", "Hospital Universitari del Besòs", "montse.puig@hubesos.example.es",
      ("Montserrat Puig", "montse.puig@hubesos.example.es"),
      "Convocatoria a entrevista – Unidad de Investigación Clínica",
      """Estimada Margaux:

Nos complace convocarla a una entrevista para la plaza de coordinadora de ensayos clínicos:

Fecha: lunes 11 de mayo de 2026
Hora: 12:30
Lugar: Unidad de Investigación Clínica, edificio Llevant, planta 3, Hospital Universitari
del Besòs

La entrevista será con la Dra. Núria Casals y conmigo. Le ruego que nos confirme su asistencia.

Atentamente,
Montserrat Puig i Soler""",
      "2026-04-30 13:44 +0200", id="b2", re="b1", quote="std", charset="iso-8859-1",
      cte="quoted-printable", slug="besos_invite"),
    m(K, "es", "Biomédica Diagonal", "sergio.blanco@biomedicadiagonal.example.es",
      ("Sergio Blanco", "sergio.blanco@biomedicadiagonal.example.es"),
      "Videollamada con Biomédica Diagonal",
      """¡Hola Margaux!

Soy Sergio, del equipo de People. Nos ha gustado mucho tu perfil y queremos hacerte una
primera videollamada de 30 minutos. ¿Te va bien el miércoles 20 de mayo a las 17:00? Te enviaré
el enlace de Google Meet en cuanto me confirmes.

¡Un abrazo!
Sergio Blanco
People Partner · Biomédica Diagonal · Carrer de Pujades 77, Barcelona""",
      "2026-05-13 10:09 +0200", id="bd2", slug="biomedica_video"),
    m(K, "es", "Laboratorios Garraf", "nerea.soto@talentiasalud.example.es",
      ("Nerea Soto – Talentia Salud ETT", "nerea.soto@talentiasalud.example.es"),
      "Entrevista con Laboratorios Garraf el jueves",
      """Hola Margaux:

Te escribo de Talentia Salud. Nuestro cliente, Laboratorios Garraf, quiere entrevistarte para
la cobertura de una baja como técnica de ensayos clínicos (contrato de puesta a disposición de
5 meses, en Sant Boi de Llobregat).

Jueves 18 de junio a las 9:00, en sus instalaciones (Carrer de la Indústria 12). Pregunta por
Marc Roig en recepción.

¿Me confirmas que puedes ir?

Nerea Soto
Consultora de selección – Talentia Salud ETT""",
      "2026-06-11 09:27 +0200", id="g2", subj_enc=("utf-8", "q"), slug="garraf_invite"),
]
