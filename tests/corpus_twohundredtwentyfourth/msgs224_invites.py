"""Corpus 224: interview invitations, reschedules/cancellations and missed-interview notices,
one hand-written spec per message."""

from __future__ import annotations

from msgs224_common import (AUTO, CAND, CAND_ADDR, CAND_NAME, ats_card, button, outlook_block,
                            outlook_html, page, paras, replied)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

# Texts that later messages of the same thread quote.

DY_NO_TEXT = """Sehr geehrte Frau Adjei-Santos,

haben Sie vielen Dank für Ihre Bewerbung als Field Clinical Specialist Dialyse und für die
Zeit, die Sie sich für unser Telefonat genommen haben.

Nach sorgfältiger Prüfung haben wir uns entschieden, den Prozess mit Kandidatinnen und
Kandidaten fortzusetzen, deren Erfahrung mit extrakorporalen Verfahren dem Anforderungsprofil
noch näher kommt. Diese Entscheidung ist uns bei Ihrem Profil nicht leichtgefallen.

Gern würden wir Ihre Unterlagen – Ihr Einverständnis vorausgesetzt – für zukünftige
Vakanzen in unserem Talent-Pool behalten.

Mit freundlichen Grüßen
Sabine Wirtz
HR Business Partner
Dialyra GmbH · Pascalstraße 69 · 52076 Aachen
Tel. +49 241 4467 230
"""

RV_SCREEN_TEXT = """Liebe Frau Adjei-Santos,

vielen Dank für Ihre Bewerbung als Field Clinical Specialist Kardiologie. Ihr Werdegang –
besonders die Jahre im Herzkatheterlabor – hat uns neugierig gemacht.

Ich würde Sie gern in einem ersten Telefonat von etwa 30 Minuten näher kennenlernen und
Ihnen die Stelle und das Team von Dr. Brenner vorstellen. Passt Ihnen einer dieser Termine?

- Mittwoch, 18.02., 10:00 Uhr
- Donnerstag, 19.02., 14:30 Uhr
- Freitag, 20.02., 9:00 Uhr

Ich rufe Sie dann unter der Mobilnummer aus Ihrem Lebenslauf an.

Herzliche Grüße
Katrin Oberhausen
Talent Acquisition Partner
Rheinvita Medical GmbH · Vitalisstraße 40 · 50827 Köln
Tel. +49 221 7730 5412
"""

OWN_RV_CONFIRM_TEXT = """Liebe Frau Oberhausen,

vielen Dank für Ihre schnelle Rückmeldung, darüber freue ich mich sehr! Donnerstag, der
19.02. um 14:30 Uhr passt mir gut. Sie erreichen mich unter 0157 3381 2046.

Viele Grüße
Friederike Adjei-Santos
"""

KT_INVITE_TEXT = """Hallo Friederike,

danke für deine Bewerbung als Clinical Specialist Elektrophysiologie (m/w/d) bei Kardiotec!
Wir würden dich gern zu einem ersten Videointerview einladen. Dabei sind Dr. Emre Aydin,
der unseren Clinical Support leitet, und ich. Plane ungefähr 45 Minuten ein.

Bitte such dir über diesen Link einen Termin aus, der dir passt:
https://app.greenhouse.io/scheduling/kardiotec/4f7a2c1e-81b2-4b65

Sobald du gebucht hast, bekommst du automatisch eine Kalendereinladung mit dem Link zum
Call. Falls keiner der Termine klappt, antworte einfach auf diese Nachricht.

Viele Grüße
Jana Köhler
Senior Recruiterin · Kardiotec GmbH · Düsseldorf
"""

KT_MOVED_TEXT = """Hallo Friederike,

leider müssen wir dein Interview verschieben: Dr. Aydin ist am Donnerstag, 30. April,
kurzfristig als Referent auf einem Kongress eingesprungen.

Neuer Termin: Dienstag, 5. Mai 2026, 15:00–15:45 Uhr (MESZ)
Teilnehmende: Dr. Emre Aydin, Jana Köhler
Videolink: https://kardiotec.zoom.example.de/j/84412093317

Die aktualisierte Kalendereinladung hängt an. Passt der neue Termin nicht, gib mir kurz
Bescheid, dann finden wir etwas anderes.

Viele Grüße
Jana
"""

OWN_LUM_MOVE_TEXT = """Liebe Frau Roth,

vielen Dank für die Einladung zum Vorstellungsgespräch, ich freue mich sehr!

Leider habe ich am Donnerstag, 12.03., Frühdienst auf der Intensivstation und konnte
niemanden zum Tauschen finden. Wäre es möglich, das Gespräch auf Montag, 16.03., zu
verlegen? Da habe ich frei und bin den ganzen Tag flexibel.

Herzliche Grüße
Friederike Adjei-Santos
"""

LUM_INVITE_TEXT = """Sehr geehrte Frau Adjei-Santos,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position
Applikationsspezialistin Ultraschall (m/w/d) einzuladen.

Termin: Donnerstag, 12. März 2026, 10:00 Uhr
Ort: Lumedis GmbH, Joseph-Schumpeter-Allee 33, 53227 Bonn (Empfang, 2. OG)
Gesprächspartner: Dr. Jens Kessler (Leitung Applikation), Stefanie Roth (HR)

Bitte bestätigen Sie den Termin über den folgenden Link oder schlagen Sie dort eine
Alternative vor:
https://lumedis.softgarden.io/de/applicant/interview/confirm?token=a93f

Mit freundlichen Grüßen
Ihr Lumedis Recruiting-Team
"""

EKR_INVITE_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank für Ihre Bewerbung auf die Stelle „Medizinproduktebeauftragte (m/w/d) –
Stabsstelle Medizintechnik“. Die Auswahlkommission möchte Sie gern kennenlernen und lädt Sie
zu einem Vorstellungsgespräch per Microsoft Teams ein:

Mittwoch, 25. März 2026, 11:00–11:45 Uhr

Am Gespräch nehmen teil: Pflegedirektorin Frau Annegret Ohlendorf, Herr Dipl.-Ing. Lars
Stapper (Leitung Medizintechnik) und ich. Den Teams-Link finden Sie in der beigefügten
Besprechungsanfrage.

Mit freundlichen Grüßen
Birgit Schäfer
Personalabteilung – Recruiting
Evangelisches Klinikum Rheinaue gGmbH
Rheinaustraße 12 · 53225 Bonn · Telefon 0228 4410-2231
"""

EKR_CANCEL_TEXT = """Sehr geehrte Frau Adjei-Santos,

leider müssen wir das für Mittwoch, 25. März, geplante Gespräch absagen: Die
Auswahlkommission ist an diesem Tag nicht vollständig, und nach unserer Dienstvereinbarung
dürfen Gespräche nur in voller Besetzung stattfinden. Ihre Bewerbung bleibt selbstverständlich
im Verfahren – Sie erhalten in den nächsten Tagen eine neue Einladung.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Birgit Schäfer
Personalabteilung – Recruiting
Evangelisches Klinikum Rheinaue gGmbH
"""

OWN_NL_SORRY_TEXT = """Hi Priya,

I'm so sorry about this morning. My shift handover on the ward ran badly over because of an
emergency admission and I only saw your message at 11:40 – I should have let you know.

I'm still very interested in the role. Would it be possible to find a new slot? I'm free
any morning next week except Wednesday.

Apologies again to you and Tom,
Friederike
"""

NL_SCREEN_TEXT = """Hi Friederike,

Thanks so much for applying for the Field Clinical Engineer role – your background in
intensive care and your device training work really stood out.

I'd love to set up a 30-minute intro call so we can tell you more about NeuroLoop and
hear about what you're looking for. Tom Verhoeven, our Clinical Lead for DACH, will join
as well. Please pick a time that suits you here:

https://app.ashbyhq.com/neuroloop/interview/schedule/3b9d0e77

Looking forward to speaking with you!

Priya Raman
Talent Partner, NeuroLoop Devices
"""

MV_PANEL_TEXT = """Hi Friederike,

Thanks again for the great conversation last week. As discussed, we'd like to invite you to
the final panel interview for the Clinical Specialist – Orthopaedic Robotics role.

When: Thursday 9 July 2026, 13:00–15:00 (CEST)
Where: Maasvalley Orthopaedics, Universiteitssingel 40, Maastricht – ask for me at reception
Who: Pieter Claessens (Clinical Manager Benelux), Dr. Lotte Hermans (surgeon advisor) and me

The first hour is a conversation; in the second you'll walk the panel through a knee case
on our robotic training system – no preparation needed beyond your clinical experience.

The calendar invitation is attached; please accept it so we know you can make it.

Best wishes,
Sanne de Wit
Talent Partner | Maasvalley Orthopaedics
"""

CX_INVITE_TEXT = """Dear Friederike,

Thank you for your application and for the thoughtful cover letter. We would like to invite
you to a video interview for the Clinical Research Associate – Medical Devices position.

Date: Tuesday 11 August 2026
Time: 14:00–15:00 CEST
Format: Microsoft Teams (link to follow in a separate calendar invitation)
Interviewers: Dr. Femi Adeyemi (CRA Manager) and myself

Please let me know by Friday whether this time works for you.

Kind regards,
Laura Bennett
Talent Lead, Clinaxis Research GmbH
Königsallee 61, 40215 Düsseldorf | +49 211 5408 7710
"""

# ====================================================================== interview_invitation

I002_TEXT = """Liebe Frau Adjei-Santos,

vielen Dank für das gute Telefonat am Freitag. Wie angekündigt möchten wir Sie nun zu einem
Fachgespräch in unsere Zentrale einladen:

Dienstag, 10. März 2026, 13:00–14:30 Uhr
Rheinvita Medical GmbH, Vitalisstraße 40, 50827 Köln – Besprechungsraum „Rhein“

Sie sprechen mit Dr. Tobias Brenner (Head of Clinical Field Support West) und Yasemin
Korkmaz, die als Field Clinical Specialist bereits im Gebiet Aachen arbeitet. Bitte
bereiten Sie eine kurze Präsentation (10 Minuten) vor: Wie würden Sie ein Stationsteam in
ein neues Monitoring-System einweisen?

Die Terminanfrage finden Sie in dieser E-Mail – nehmen Sie sie bitte an oder schlagen Sie
eine andere Zeit vor. Parkplätze stehen auf dem Gelände zur Verfügung.

Herzliche Grüße
Katrin Oberhausen
Talent Acquisition Partner
Rheinvita Medical GmbH · Tel. +49 221 7730 5412
"""

I004_TEXT = """Liebe Frau Adjei-Santos,

Sonomed Rhein möchte Sie kennenlernen! Ich habe Ihr Profil – wie am Telefon mit Ihnen
abgesprochen – letzte Woche vorgestellt, und Frau Dr. Imhoff war sofort angetan.

Ihr Vorstellungsgespräch:
Dienstag, 17. Februar 2026, 10:00 Uhr
Sonomed Rhein GmbH, Königswinterer Straße 409, 53227 Bonn-Beuel
Gesprächspartnerin: Dr. Helga Imhoff, Leiterin Applikation Ultraschall

Geplant sind etwa 90 Minuten inklusive einer kurzen Gerätevorführung. Bringen Sie bitte
Ihren Personalausweis mit, das Werksgelände hat eine Zugangskontrolle.

Ich rufe Sie am Montag vorher noch einmal an, um das Gespräch gemeinsam vorzubereiten.

Viele Grüße
Marco Brandt
Senior Personalberater Medizintechnik
Pflegeplus Personal GmbH · Hohenzollernring 52 · 50672 Köln
Tel. +49 221 5507 318
"""

I005_TEXT = """Guten Tag Frau Adjei-Santos

Wir freuen uns, Ihnen mitteilen zu können, dass Sie für die nächste Runde des
Auswahlverfahrens als Field Application Specialist Point-of-Care (w/m/d) ausgewählt wurden.
Wir laden Sie herzlich zu unserem Assessment-Center ein:

Datum: Dienstag, 14. April 2026
Zeit: 08.30 bis ca. 16.00 Uhr
Ort: Baselcor Campus, Hochbergerstrasse 60, 4057 Basel, Gebäude C, Empfang

Programm:
- Begrüssung und Vorstellung des Bereichs Point-of-Care
- Fallstudie: Inbetriebnahme eines Blutgasanalysegeräts auf einer Notfallstation
- Rollenspiel Anwenderschulung mit Pflegefachpersonen
- Einzelgespräch mit der Teamleitung Field Application

Die Reisekosten (Bahn 2. Klasse ab Köln) werden Ihnen erstattet. Bitte bestätigen Sie Ihre
Teilnahme bis am 7. April über den untenstehenden Link. Für Fragen steht Ihnen Reto Meier
gerne zur Verfügung – antworten Sie einfach auf diese Nachricht.

Freundliche Grüsse
Human Resources
Baselcor Diagnostics AG
"""

I006_TEXT = """Hallo Frau Adjei-Santos,

danke für das nette Telefonat letzte Woche. Wie besprochen lade ich Sie gern zu einem
Mitfahrtag ein, damit Sie sehen, wie der Alltag im Außendienst bei uns wirklich aussieht:

Mittwoch, 24. Juni 2026
Treffpunkt 7:45 Uhr an unserer Niederlassung, Jülicher Straße 306, Aachen
Sie fahren mit unserem Wundexperten Herrn Claßen zu drei Kunden (zwei Pflegedienste, eine
Klinik in Würselen). Rückkehr gegen 16 Uhr.

Bequeme Schuhe sind wichtiger als ein Anzug. Für das Mittagessen ist gesorgt, die
Fahrtkosten nach Aachen erstatten wir Ihnen.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Ralf Hennes
Regionalleiter West
Aachener Wundtechnik GmbH · Mobil 0172 814 33 09
"""

I007_OWN = """Hallo Jonas,

wir haben uns letzte Woche beim Medtech-Stammtisch im Belgischen Viertel kurz unterhalten –
ich bin die Intensivpflegerin, die gern in den klinischen Support wechseln möchte. Du hattest
erwähnt, dass ihr für eure Studien im Herbst jemanden für die Klinikbetreuung sucht. Ich
hänge dir meinen Lebenslauf an. Hättest du Lust, mal zu telefonieren?

Liebe Grüße
Friederike
"""

I007_TEXT = """Hi Friederike,

schön, von dir zu hören – klar erinnere ich mich! Hast du Donnerstag Zeit für einen kurzen
Call, so 20–30 Minuten? Um 14 Uhr würde es bei mir gut passen. Dann erzähl ich dir, was wir
gerade bauen und wie die Rolle aussehen könnte, und du erzählst mir, was du dir vorstellst.

Link: https://meet.stentwerk.example.de/jonas-friederike

Bis Donnerstag!
Jonas

Jonas Feldkamp · Co-Founder & CEO
Stentwerk GmbH · Im Mediapark 8 · 50670 Köln

""" + replied("de", "2026-04-26 21:14", CAND_NAME, CAND_ADDR, I007_OWN)

I008_TEXT = """Hallo Friederike,

wir möchten dich gern besser kennenlernen! Melanie Kurth aus dem People-Team und Dr. Sven
Aretz, Leiter Clinical Applications, laden dich zu einem Video-Interview (ca. 45 Minuten)
ein.

Bitte wähle hier einen der freien Termine aus:
https://pneumatix.jobs.personio.de/interview/slots?token=7c2d

Zur Auswahl stehen Slots zwischen Dienstag, 19. Mai, und Freitag, 22. Mai. Die Einladung mit
dem Videolink bekommst du, sobald du einen Termin gebucht hast.

Bis bald
Dein Pneumatix-Team
"""

I009_TEXT = """Sehr geehrte Frau Adjei-Santos,

gute Nachrichten: Unser Mandant hat Ihr anonymisiertes Profil mit großem Interesse gelesen
und möchte Sie kennenlernen. Sein Vertriebsleiter DACH wird Sie am

Dienstag, 24. Februar 2026, um 15:00 Uhr

telefonisch anrufen (ca. 45 Minuten). Er hat Ihre Mobilnummer von mir erhalten. Im Gespräch
wird er sich und das Unternehmen vorstellen; den Namen erfahren Sie also spätestens dann.
Ein persönliches Treffen mit dem Team in Düsseldorf würde bei beiderseitigem Interesse
folgen.

Zur Vorbereitung: Die Rolle umfasst die Betreuung von TAVI- und Mitralclip-Prozeduren in
etwa zwölf Zentren zwischen Köln und Münster, mit rund 60 % Reisetätigkeit.

Ich wünsche Ihnen ein gutes Gespräch und freue mich auf Ihre Eindrücke.

Mit besten Grüßen
Dr. Philipp Lohmann
Partner · Hartwig & Lohmann Executive Search GmbH
T +49 211 436 118-0
"""

I011_TEXT = EKR_INVITE_TEXT

I012_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank für Ihre Bewerbung als Produktspezialistin Anästhesie und Intensivmedizin im
Außendienst. Ihre Erfahrung auf der Intensivstation ist genau das, was unsere Kunden in den
Kliniken schätzen.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Gespräch ein:

Montag, 8. Juni 2026, 10:00 Uhr
Rhein-Erft Medizintechnik GmbH, Industriestraße 151, 50354 Hürth

Anwesend sind unser Geschäftsführer Herr Dr. Marcus Kürten und ich. Planen Sie bitte etwa
eineinhalb Stunden ein, wir zeigen Ihnen im Anschluss gern unser Schulungszentrum.

Bitte bestätigen Sie den Termin kurz per E-Mail oder telefonisch.

Mit freundlichen Grüßen

Jürgen Päffgen
Vertriebsleiter
Rhein-Erft Medizintechnik GmbH
Industriestraße 151 · 50354 Hürth
Tel. 02233 97 41-20
"""

I013_TEXT = """Liebe Frau Adjei-Santos,

Sie erinnern sich vielleicht an meine Nachricht von Ende Januar – ich melde mich heute mit
einer erfreulicheren Nachricht. Bei uns ist eine neue Stelle entstanden, die aus meiner
Sicht noch besser zu Ihnen passt als die erste: Clinical Trainer Heimdialyse (m/w/d). Dort
schulen Sie Patientinnen, Patienten und Angehörige in der Anwendung unserer Heimgeräte –
Ihre Erfahrung als Praxisanleiterin ist dafür ideal.

Hätten Sie Interesse an einem Gespräch? Ich schlage Dienstag, 3. März, um 15:00 Uhr per
Teams vor, zusammen mit unserer Teamleiterin Patient Training, Frau Kaya. Falls das nicht
passt, nennen Sie mir gern zwei, drei Alternativen.

Herzliche Grüße
Sabine Wirtz
HR Business Partner
Dialyra GmbH · Pascalstraße 69 · 52076 Aachen
Tel. +49 241 4467 230

""" + outlook_block("de", "Wirtz, Sabine <sabine.wirtz@dialyra.example.de>", "2026-01-29 10:12",
                    f"{CAND_NAME} <{CAND_ADDR}>", "Ihre Bewerbung als Field Clinical Specialist "
                    "Dialyse", DY_NO_TEXT)

I016_TEXT = CX_INVITE_TEXT + "\n" + outlook_block(
    "en", f"{CAND_NAME} <{CAND_ADDR}>", "2026-07-28 20:31",
    "Bennett, Laura <laura.bennett@clinaxis.example.com>",
    "Application – Clinical Research Associate (Medical Devices)",
    """Dear Ms Bennett,

Please find attached my application for the Clinical Research Associate – Medical Devices
position. After ten years in intensive care, including two years as a study nurse on a
device trial, I would love to bring that bedside view to Clinaxis.

I am available for an interview at your convenience.

Kind regards,
Friederike Adjei-Santos""")

I017_TEXT = """Hi Friederike,

I'm Chloe, one of the recruiters at Helixa Surgical. Thanks for your application for the
Clinical Specialist – Surgical Robotics role in our Düsseldorf team.

Would you have 20 minutes for a quick phone screen this Wednesday, 14 January, at 10:00 CET?
It would just be a first chat about your background, the role and what you're looking for –
nothing to prepare. If Wednesday doesn't work, send me a couple of times that do.

Best,
Chloe Adams
Talent Acquisition | Helixa Surgical
+49 211 8826 4410
"""

I018_TEXT = """Hi Friederike,

Thanks for applying! Are you free Thursday afternoon to chat? Nothing formal – 30 minutes,
either over coffee if you're in Basel anyway or on Zoom. I'd like to hear how you ended up
on a device trial as a study nurse and tell you a bit about how our monitoring team works.

3 pm would suit me best. Let me know.

Marc

Marc Oberholzer
Head of Clinical Operations, Trialforge AG
Aeschenvorstadt 55, 4051 Basel | +41 61 508 22 40
"""

I019_TEXT = """Hi Friederike,

Great news – the team would like to invite you to a trial day at Sutura Devices!

Date: Thursday, 10 September 2026
Time: 9:00–16:00
Location: Sutura Devices GmbH, Rheinwerkallee 6, 53227 Bonn

You'll spend the morning with our clinical education team in the wet lab, join a hospital
in-service at a Bonn clinic after lunch, and finish with a conversation with Daniel Osei,
our Clinical Manager. We'll cover your travel costs and lunch, of course.

Please confirm your attendance using the button below, or simply reply to this email.

See you soon,
The Sutura Devices hiring team
"""

I020_TEXT = """Hi Friederike,

Good news – Pulsewave Monitoring would like to meet you!

I sent over your profile on Friday and their Clinical Lead, Ruben Maas, came back this
morning. The first interview would be:

Tuesday 17 March, 10:30–11:30 CET, video call (Teams)
Interviewer: Ruben Maas, Clinical Lead Benelux

It'll be a mix of your background and a few scenario questions about supporting nurses
with remote patient monitoring. I'll send you a short brief on Pulsewave and Ruben
tomorrow. Can you confirm the time works?

Best,
Oliver

Oliver Grant
Senior Consultant, Medical Devices – Benelux & Germany
Northbridge Medtech Recruitment Ltd
+44 121 496 0732
"""

I021_TEXT = """Bonjour Madame Adjei-Santos,

Nous avons bien étudié votre candidature au poste de Spécialiste clinique terrain – implants
rachidiens et nous souhaitons vous rencontrer.

Nous vous proposons un entretien le mardi 24 mars 2026 à 14h00 dans nos locaux, rue
Saint-Gilles 212 à Liège. Vous rencontrerez M. Olivier Gilson, responsable du support
clinique, ainsi que moi-même. L'entretien durera environ une heure et se déroulera en
français ; une partie pourra avoir lieu en anglais.

Pourriez-vous me confirmer votre présence par retour de mail ?

Bien cordialement,

Camille Dufrasne
Chargée de recrutement
Ortholux SA
Rue Saint-Gilles 212, 4000 Liège
+32 4 222 61 38
"""

I022_TEXT = """Bonjour Friederike,

Bonne nouvelle : Hémodyne souhaite vous rencontrer !

Mme Vandersmissen, directrice des opérations cliniques, vous propose un entretien le
jeudi 9 juillet à 10h00, dans leurs locaux du parc scientifique du Sart-Tilman (avenue
du Pré-Aily 14, 4031 Angleur). Comptez environ une heure trente : un échange sur votre
parcours, puis une courte mise en situation autour d'un moniteur de débit cardiaque.

Pouvez-vous me confirmer que la date vous convient ? Je vous appellerai la veille pour
préparer l'entretien ensemble.

Bien à vous,
Héloïse

Héloïse Lemaire
Associée – Life Sciences
Lemaire Talent Partners
+32 4 279 55 10
"""

I023_TEXT = """Salut Friederike,

Merci pour ton message et ton CV ! Ton parcours nous intéresse beaucoup pour notre poste
de spécialiste clinique (capteurs de rééducation).

Est-ce que tu serais dispo jeudi 20 août à 16h pour une visio d'une demi-heure avec
Thibault (notre CTO) et moi ? Je t'envoie l'invitation dans la foulée – dis-moi si l'heure
ne te va pas, on s'adapte.

À jeudi peut-être,
Manon

Manon Jacquemin
Cofondatrice – Kinésens
Avenue de l'Hôpital 1, 4000 Liège
"""

I024_TEXT = """Hola Friederike:

¡Gracias por tu interés en Endobarna! Nos ha gustado mucho tu perfil y queremos conocerte.

Te proponemos una primera entrevista por videollamada el martes 14 de julio a las 10:00
(hora de Barcelona), con Albert Rovira, responsable de Formación Clínica, y conmigo. Durará
unos 45 minutos.

Confirma la cita o elige otro horario en este enlace:
https://endobarna.teamtailor.com/interviews/confirm/5e21b

Si tienes cualquier duda, responde a este correo.

Un saludo,
Núria Casals
Talent Acquisition Lead – Endobarna
"""

I025_TEXT = """Hola Friederike,

Eva Soler ha revisado tu CV y le gustaría hablar contigo. ¿Te va bien una llamada el
jueves 23 de julio a las 11:00? Será una conversación de media hora para conocer tu
experiencia en cardiología y explicarte cómo trabajamos con los hospitales de Cataluña.

Te llamará ella directamente al número que indicaste en tu candidatura (+49 157 3381 2046).
Si prefieres otra hora, dímelo y lo cambiamos.

Un saludo,

Jordi Ferrer
Responsable de Selección
Distrimed Ibérica S.L.
Tel. +34 93 118 42 70
"""

I026_TEXT = """Hola Friederike:

¡Buenas noticias! Cardiomar quiere conocerte para el puesto de Especialista Clínica en
Electrofisiología.

Te han reservado una entrevista el jueves 17 de septiembre a las 12:00 en su sede de
Barcelona (Passeig de Gràcia 118, 5.ª planta). Te recibirán el doctor Iván Ortega, director
médico, y Lucía Prats, de Recursos Humanos. Calcula aproximadamente una hora.

Si necesitas que te ayude con el viaje desde Colonia o con el alojamiento, dímelo y lo
gestionamos con ellos. ¿Me confirmas que te viene bien?

Un abrazo,

Begoña Ferrándiz
Consultora Senior – Salud y Ciencias de la Vida
Talento Salud Consulting
Gran Via de les Corts Catalanes 630, 08007 Barcelona
+34 93 301 77 45
"""

INTERVIEW_INVITATION = [
    dict(slug="rheinvita_telefonat_vorschlaege", key="rv_screen", parent="rv_ack", lang="de",
         company="Rheinvita Medical", contact="k.oberhausen@rheinvita.example.de",
         date="2026-02-16 09:20 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         subject="Ihre Bewerbung bei Rheinvita Medical – kurzes Telefonat?",
         text=RV_SCREEN_TEXT),
    dict(slug="rheinvita_fachgespraech_ics", key="rv_panel", parent="rv_moved", lang="de",
         company="Rheinvita Medical", contact="k.oberhausen@rheinvita.example.de",
         date="2026-03-03 11:02 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         subject="Einladung: Fachgespräch Field Clinical Specialist Kardiologie – 10.03.2026",
         text=I002_TEXT, html=outlook_html(paras(I002_TEXT)),
         ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000012a7rv0147",
                  seq=0, start="2026-03-10 13:00", end="2026-03-10 14:30",
                  summary="Fachgespräch Field Clinical Specialist Kardiologie – "
                          "Friederike Adjei-Santos",
                  location="Rheinvita Medical, Besprechungsraum Rhein, Vitalisstraße 40, Köln",
                  organizer=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
                  attendees=[CAND, ("Dr. Tobias Brenner", "t.brenner@rheinvita.example.de"),
                             ("Yasemin Korkmaz", "y.korkmaz@rheinvita.example.de")])),
    dict(slug="kardiotec_greenhouse_terminlink", key="kt_invite", lang="de",
         company="Kardiotec", contact="jana.koehler@kardiotec.example.de",
         date="2026-04-20 10:14 +0200",
         frm=("Jana Köhler via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         reply_to=("Jana Köhler", "jana.koehler@kardiotec.example.de"),
         subject="Kardiotec: Einladung zum Videointerview – bitte Termin wählen",
         text=KT_INVITE_TEXT,
         html=ats_card("Kardiotec", "#b3001b", paras(KT_INVITE_TEXT)
                       + button("Termin auswählen", "https://app.greenhouse.io/scheduling/"
                                "kardiotec/4f7a2c1e-81b2-4b65", "#b3001b"),
                       "Powered by Greenhouse"),
         headers=AUTO),
    dict(slug="pflegeplus_kundengespraech_sonomed", key="pp_client", parent="pp_reg",
         lang="de", company="Sonomed Rhein", contact="m.brandt@pflegeplus.example.de",
         date="2026-02-09 15:33 +0100", frm=("Marco Brandt", "m.brandt@pflegeplus.example.de"),
         subject="Vorstellungsgespräch bei Sonomed Rhein am 17.02.",
         text=I004_TEXT),
    dict(slug="baselcor_assessment_center", key="bc_ac", parent="bc_ack", lang="de",
         company="Baselcor Diagnostics", contact="reto.meier@baselcor.example.ch",
         date="2026-03-31 14:26 +0200",
         frm=("Baselcor Diagnostics Karriere", "noreply@successfactors.eu"),
         reply_to=("Reto Meier", "reto.meier@baselcor.example.ch"),
         subject="Einladung zum Assessment-Center am 14. April 2026",
         text=I005_TEXT,
         html=ats_card("Baselcor Diagnostics", "#00607a", paras(I005_TEXT)
                       + button("Teilnahme bestätigen", "https://career5.successfactors.eu/"
                                "career?company=baselcorP&rcm_confirm=ac0414", "#00607a"),
                       "SAP SuccessFactors Recruiting"),
         headers=AUTO),
    dict(slug="aachener_wundtechnik_mitfahrtag", key="aw_trial", lang="de",
         company="Aachener Wundtechnik", contact="ralf.hennes@wundtechnik-ac.example.de",
         date="2026-06-15 12:08 +0200",
         frm=("Ralf Hennes", "ralf.hennes@wundtechnik-ac.example.de"),
         subject="Einladung zum Mitfahrtag am 24. Juni",
         text=I006_TEXT),
    dict(slug="stentwerk_donnerstag_call", key="sw_chat", lang="de",
         company="Stentwerk", contact="jonas@stentwerk.example.de",
         date="2026-04-27 08:51 +0200", frm=("Jonas Feldkamp", "jonas@stentwerk.example.de"),
         subject="Re: Kennenlernen vom Stammtisch",
         text=I007_TEXT),
    dict(slug="pneumatix_personio_videointerview", key="pnx_video", parent="pnx_ack",
         lang="de", company="Pneumatix Respiratory", contact="melanie.kurth@pneumatix.example.de",
         date="2026-05-13 11:40 +0200",
         frm=("Melanie Kurth via Personio", "noreply@personio.de"),
         reply_to=("Melanie Kurth", "melanie.kurth@pneumatix.example.de"),
         subject="Einladung zum Video-Interview – Clinical Application Specialist Beatmung",
         html=ats_card("Pneumatix Respiratory", "#2f6f3e", paras(I008_TEXT)
                       + button("Termin buchen", "https://pneumatix.jobs.personio.de/interview/"
                                "slots?token=7c2d", "#2f6f3e"),
                       "Gesendet über Personio"),
         headers=AUTO),
    dict(slug="hartwig_mandant_gespraech", key="hl_client", parent="hl_cv", lang="de",
         company="Hartwig & Lohmann", contact="p.lohmann@hartwig-lohmann.example.de",
         date="2026-02-16 18:02 +0100",
         frm=("Dr. Philipp Lohmann", "p.lohmann@hartwig-lohmann.example.de"),
         subject="Gespräch mit unserem Mandanten am 24.02.",
         text=I009_TEXT),
    dict(slug="lumedis_softgarden_einladung", key="lum_invite", parent="lum_ack", lang="de",
         company="Lumedis", contact="stefanie.roth@lumedis.example.de",
         date="2026-03-06 09:15 +0100", frm=("Lumedis GmbH", "noreply@softgarden.io"),
         reply_to=("Stefanie Roth", "stefanie.roth@lumedis.example.de"),
         subject="Einladung zum Vorstellungsgespräch – Applikationsspezialistin Ultraschall",
         text=LUM_INVITE_TEXT,
         html=ats_card("Lumedis", "#e07a00", paras(LUM_INVITE_TEXT), "softgarden e-recruiting"),
         headers=AUTO),
    dict(slug="klinikum_rheinaue_teams_einladung", key="ekr_invite", parent="ekr_ack",
         lang="de", company="Evangelisches Klinikum Rheinaue",
         contact="b.schaefer@ek-rheinaue.example.de",
         date="2026-03-17 10:48 +0100",
         frm=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"),
         subject="Vorstellungsgespräch Medizinproduktebeauftragte (Teams)",
         text=I011_TEXT, html=outlook_html(paras(I011_TEXT)),
         ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000ekr2026mt07",
                  seq=0, start="2026-03-25 11:00", end="2026-03-25 11:45",
                  summary="Vorstellungsgespräch Medizinproduktebeauftragte (m/w/d)",
                  location="Microsoft Teams-Besprechung",
                  description="Microsoft Teams-Besprechung\nJetzt an der Besprechung "
                              "teilnehmen: https://teams.example.com/l/meetup-join/ekr-mt07",
                  organizer=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"),
                  attendees=[CAND, ("Ohlendorf, Annegret", "a.ohlendorf@ek-rheinaue.example.de"),
                             ("Stapper, Lars", "l.stapper@ek-rheinaue.example.de")])),
    dict(slug="rhein_erft_einladung_latin1", key="rem_invite", lang="de",
         company="Rhein-Erft Medizintechnik", contact="j.paeffgen@rhein-erft-mt.example.de",
         date="2026-06-02 16:27 +0200",
         frm=("Jürgen Päffgen", "j.paeffgen@rhein-erft-mt.example.de"),
         name_cs=("iso-8859-1", "Q"),
         subject="Einladung zum Gespräch am 8. Juni in Hürth",
         subj_cs=("iso-8859-1", "Q"),
         text=I012_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    dict(slug="dialyra_neue_stelle_nach_absage", key="dy_invite", parent="dy_no", lang="de",
         company="Dialyra", contact="sabine.wirtz@dialyra.example.de",
         date="2026-02-19 13:37 +0100",
         frm=("Wirtz, Sabine", "sabine.wirtz@dialyra.example.de"),
         subject="AW: Ihre Bewerbung als Field Clinical Specialist Dialyse",
         text=I013_TEXT, html=outlook_html(paras(I013_TEXT))),
    dict(slug="neuroloop_ashby_intro_call", key="nl_screen", parent="nl_ack", lang="en",
         company="NeuroLoop Devices", contact="priya.raman@neuroloop.example.com",
         date="2026-04-21 16:02 +0200",
         frm=("Priya Raman via Ashby", "no-reply@ashbyhq.com"),
         reply_to=("Priya Raman", "priya.raman@neuroloop.example.com"),
         subject="Intro call with NeuroLoop Devices – pick a time",
         text=NL_SCREEN_TEXT, headers=AUTO),
    dict(slug="maasvalley_panel_google_invite", key="mv_panel", lang="en",
         company="Maasvalley Orthopaedics", contact="sanne.dewit@maasvalley.example.nl",
         date="2026-06-29 09:55 +0200",
         frm=("Sanne de Wit", "sanne.dewit@maasvalley.example.nl"),
         subject="Invitation: Panel interview – Clinical Specialist Orthopaedic Robotics @ "
                 "Thu 9 Jul 2026 13:00 - 15:00 (CEST) (friederike.as@example.de)",
         text=MV_PANEL_TEXT, html=page(paras(MV_PANEL_TEXT), "Invitation", "en"),
         ics=dict(method="REQUEST", uid="3q7n0m5k2mvpanel0709@google.com", seq=0,
                  start="2026-07-09 13:00", end="2026-07-09 15:00", tz="Europe/Amsterdam",
                  prodid=GOOGLE,
                  summary="Panel interview – Clinical Specialist Orthopaedic Robotics",
                  location="Maasvalley Orthopaedics, Universiteitssingel 40, Maastricht",
                  organizer=("Sanne de Wit", "sanne.dewit@maasvalley.example.nl"),
                  attendees=[CAND, ("Pieter Claessens", "pieter.claessens@maasvalley.example.nl"),
                             ("Lotte Hermans", "l.hermans@maasvalley.example.nl")]),
         ics_as="both"),
    dict(slug="clinaxis_video_interview_outlook", key="cx_invite", lang="en",
         company="Clinaxis Research", contact="laura.bennett@clinaxis.example.com",
         date="2026-08-05 12:19 +0200",
         frm=("Bennett, Laura", "laura.bennett@clinaxis.example.com"),
         subject="RE: Application – Clinical Research Associate (Medical Devices)",
         text=I016_TEXT, html=outlook_html(paras(I016_TEXT), "en")),
    dict(slug="helixa_phone_screen_ask", key="hx_screen", lang="en",
         company="Helixa Surgical", contact="chloe.adams@helixa.example.com",
         date="2026-01-12 13:44 +0100", frm=("Chloe Adams", "chloe.adams@helixa.example.com"),
         subject="Helixa Surgical – quick phone screen?",
         text=I017_TEXT),
    dict(slug="trialforge_free_thursday", key="tf_chat", parent="tf_ack", lang="en",
         company="Trialforge", contact="marc.oberholzer@trialforge.example.ch",
         date="2026-05-19 08:03 +0200",
         frm=("Marc Oberholzer", "marc.oberholzer@trialforge.example.ch"),
         subject="Quick chat?",
         text=I018_TEXT),
    dict(slug="sutura_workable_trial_day", key="st_trial", lang="en",
         company="Sutura Devices", contact="daniel.osei@sutura.example.de",
         date="2026-09-01 10:30 +0200", frm=("Sutura Devices", "noreply@workablemail.com"),
         reply_to=("Daniel Osei", "daniel.osei@sutura.example.de"),
         subject="Invitation: Trial day at Sutura Devices on 10 September",
         text=I019_TEXT,
         html=ats_card("Sutura Devices", "#0f766e", paras(I019_TEXT)
                       + button("Confirm attendance", "https://apply.workable.com/sutura/"
                                "events/confirm/88d1", "#0f766e"), "Sent with Workable",
                       lang="en"),
         headers=AUTO),
    dict(slug="northbridge_client_interview_pulsewave", key="nb_client", parent="nb_reg",
         lang="en", company="Pulsewave Monitoring",
         contact="oliver.grant@northbridge.example.co.uk",
         date="2026-03-10 09:12 +0000",
         frm=("Oliver Grant", "oliver.grant@northbridge.example.co.uk"),
         subject="Pulsewave Monitoring – interview request",
         text=I020_TEXT),
    dict(slug="ortholux_entretien_liege", key="ox_invite", parent="ox_ack", lang="fr",
         company="Ortholux", contact="camille.dufrasne@ortholux.example.be",
         date="2026-03-16 11:52 +0100",
         frm=("Camille Dufrasne", "camille.dufrasne@ortholux.example.be"),
         subject="Invitation à un entretien – Spécialiste clinique terrain",
         text=I021_TEXT),
    dict(slug="lemaire_entretien_client_hemodyne", key="lt_client", parent="lt_cv", lang="fr",
         company="Hémodyne", contact="heloise.lemaire@lemaire-talent.example.be",
         date="2026-06-24 17:45 +0200",
         frm=("Héloïse Lemaire", "heloise.lemaire@lemaire-talent.example.be"),
         name_cs=("utf-8", "B"),
         subject="Hémodyne souhaite vous rencontrer",
         text=I022_TEXT),
    dict(slug="kinesens_visio_jeudi_ics", key="kn_invite", lang="fr",
         company="Kinésens", contact="manon@kinesens.example.be",
         date="2026-08-17 09:31 +0200", frm=("Manon Jacquemin", "manon@kinesens.example.be"),
         subject="Visio jeudi ?",
         text=I023_TEXT, html=page(paras(I023_TEXT), "Visio", "fr"),
         ics=dict(method="REQUEST", uid="kinesens-visio-20260820@kinesens.example.be", seq=0,
                  start="2026-08-20 16:00", end="2026-08-20 16:30", tz="Europe/Brussels",
                  prodid=GOOGLE,
                  summary="Visio Kinésens x Friederike",
                  location="https://meet.kinesens.example.be/friederike",
                  organizer=("Manon Jacquemin", "manon@kinesens.example.be"),
                  attendees=[CAND, ("Thibault Renard", "thibault@kinesens.example.be")])),
    dict(slug="endobarna_teamtailor_entrevista", key="eb_invite", parent="eb_ack", lang="es",
         company="Endobarna", contact="nuria.casals@endobarna.example.es",
         date="2026-07-08 12:40 +0200",
         frm=("Núria Casals via Teamtailor", "no-reply@teamtailor-mail.com"),
         reply_to=("Núria Casals", "nuria.casals@endobarna.example.es"),
         subject="Entrevista con Endobarna – elige tu horario",
         text=I024_TEXT,
         html=ats_card("Endobarna", "#6c2eb9", paras(I024_TEXT), "Enviado con Teamtailor",
                       lang="es"),
         headers=AUTO),
    dict(slug="distrimed_llamada_jueves", key="dm_call", parent="dm_ack", lang="es",
         company="Distrimed Ibérica", contact="jordi.ferrer@distrimed.example.es",
         date="2026-07-20 10:07 +0200",
         frm=("Jordi Ferrer", "jordi.ferrer@distrimed.example.es"),
         subject="Llamada con Eva Soler",
         text=I025_TEXT),
    dict(slug="talento_salud_entrevista_cardiomar", key="ts_client", lang="es",
         company="Cardiomar", contact="begona.ferrandiz@talentosalud.example.es",
         date="2026-09-14 13:22 +0200",
         frm=("Begoña Ferrándiz", "begona.ferrandiz@talentosalud.example.es"),
         name_cs=("iso-8859-1", "B"),
         subject="Entrevista con Cardiomar el jueves 17",
         text=I026_TEXT),
]

# ====================================================================== reschedule / cancel

C001_TEXT = """Liebe Frau Adjei-Santos,

danke für die schnelle Zusage! Leider ist mir für Donnerstagnachmittag ein Termin mit
unserer Geschäftsführung dazwischengekommen, den ich nicht verschieben kann. Können wir
unser Telefonat auf Freitag, 20.02., um 11:00 Uhr verlegen? Falls das bei Ihnen nicht
geht, finden wir sicher auch Anfang nächster Woche etwas.

Entschuldigen Sie die Umstände!

Herzliche Grüße
Katrin Oberhausen
Rheinvita Medical GmbH
"""

C002_TEXT = """Liebe Frau Adjei-Santos,

Dr. Brenner muss am 10. März kurzfristig eine Implantation in Aachen begleiten. Ich habe
unser Fachgespräch deshalb auf

Donnerstag, 12. März 2026, 9:30–11:00 Uhr

verlegt – die aktualisierte Terminanfrage ersetzt die bisherige. Ort, Teilnehmende und
die Aufgabe für Ihre Kurzpräsentation bleiben unverändert.

Danke für Ihre Flexibilität!
Katrin Oberhausen
"""

C003_TEXT = """Guten Tag Frau Adjei-Santos

Ich melde mich wegen des Assessment-Centers am 14. April. Wegen einer internen Audit-Woche
im Bereich Point-of-Care müssen wir den Termin leider um zwei Wochen verschieben. Neu findet
das Assessment-Center am

Dienstag, 28. April 2026, 08.30 bis ca. 16.00 Uhr

am gleichen Ort statt. Das Programm bleibt unverändert. Falls Sie Ihre Bahnreise bereits
gebucht haben, übernehmen wir selbstverständlich die Umbuchungskosten – schicken Sie mir
einfach die Belege.

Können Sie mir kurz bestätigen, dass der neue Termin für Sie passt?

Freundliche Grüsse
Reto Meier
Talent Acquisition Specialist
Baselcor Diagnostics AG
Hochbergerstrasse 60 · 4057 Basel
+41 61 555 43 17
"""

C004_TEXT = """Hallo Frau Adjei-Santos,

kurze Änderung: Frau Dr. Imhoff muss am Dienstag zu einem Kunden nach Siegburg, bei dem ein
Gerät ausgefallen ist. Sonomed bittet deshalb darum, Ihr Gespräch auf

Donnerstag, 19. Februar, 14:00 Uhr

zu verschieben. Ort und Ablauf bleiben gleich. Ich habe vorläufig schon zugesagt, weil Sie
mir gesagt hatten, dass Sie donnerstags frei haben – falls das doch nicht klappt, melden
Sie sich bitte gleich bei mir.

Viele Grüße
Marco Brandt
Pflegeplus Personal GmbH
Tel. +49 221 5507 318
"""

C005_TEXT = """Liebe Frau Adjei-Santos,

leider muss ich unser Gespräch am Montag absagen: Dr. Kessler ist seit gestern krank und
fällt voraussichtlich die ganze nächste Woche aus. Ohne ihn möchten wir das Gespräch nicht
führen, weil er die fachliche Seite verantwortet.

Ihre Bewerbung ist davon natürlich nicht berührt. Ich melde mich, sobald er zurück ist, mit
neuen Terminvorschlägen.

Ihnen trotzdem ein schönes Wochenende!

Stefanie Roth
HR Generalist · Lumedis GmbH · 0228 9713 40-12

""" + replied("de", "2026-03-06 19:10", CAND_NAME, CAND_ADDR, OWN_LUM_MOVE_TEXT)

C006_TEXT = EKR_CANCEL_TEXT

C007_TEXT = KT_MOVED_TEXT

C008_TEXT = """Hallo Frau Adjei-Santos,

ich muss unseren Mitfahrtag am kommenden Mittwoch leider verschieben. Zwei der drei Kunden,
die wir besuchen wollten, haben wegen einer MDK-Prüfung kurzfristig abgesagt, und ein Tag
mit nur einem Termin wäre für Sie wenig aussagekräftig.

Herr Claßen und ich schlagen stattdessen Mittwoch, den 1. Juli vor – gleiche Uhrzeit,
gleicher Treffpunkt. Geht das bei Ihnen?

Viele Grüße
Ralf Hennes
Aachener Wundtechnik GmbH
"""

C009_TEXT = """Hi Friederike,

I'm sorry to do this at short notice: we have to cancel Thursday's panel interview. Pieter
has been asked to cover a series of robotic cases in Antwerp this week and can't be back in
time.

This has nothing to do with your application – you're still very much in the process.
I'll send a new invitation for the week of 20 July as soon as I have Pieter's and Lotte's
availability.

Apologies for the inconvenience,
Sanne
"""

C010_TEXT = """Dear Friederike,

I'm sorry to let you know that we need to cancel this afternoon's interview. Dr. Adeyemi
is off sick today, and I don't want you to meet only half of the panel.

I'll come back to you next week with two or three new slots. Please accept our apologies
for the late notice.

Kind regards,
Laura Bennett
Talent Lead, Clinaxis Research GmbH
"""

C011_TEXT = """Hi Friederike,

No worries at all – thank you for letting us know, and I hope the patient is doing okay.

I've rebooked us for Monday 4 May at 09:30 CEST, again with Tom. The new calendar
invitation is attached and replaces today's. If that doesn't work after all, just reply and
we'll find another time.

Best,
Priya

""" + replied("en", "2026-04-28 13:05", CAND_NAME, CAND_ADDR, OWN_NL_SORRY_TEXT)

C012_TEXT = """Bonjour Madame Adjei-Santos,

Je suis au regret de devoir annuler notre entretien de demain, mardi 24 mars à 14h00 :
M. Gilson est malade et sera absent toute la semaine.

Votre candidature reste bien entendu à l'étude. Je reviens vers vous dès son retour pour
fixer une nouvelle date.

Avec toutes nos excuses pour ce contretemps,

Camille Dufrasne
Chargée de recrutement – Ortholux SA
"""

C013_TEXT = """Bonjour Friederike,

Petit changement de programme : Mme Vandersmissen doit accompagner un audit dans un hôpital
de Namur le 9 juillet. Elle propose de déplacer votre entretien au jeudi 23 juillet, même
heure (10h00), même endroit.

Je lui ai dit que je vérifiais avec vous. Est-ce que cela vous convient ?

Bien à vous,
Héloïse
"""

C014_TEXT = """Hola Friederike:

Te escribo porque tenemos que cambiar la hora de la entrevista del martes 14 de julio.
Albert tiene una formación en el Hospital del Mar por la mañana, así que la pasamos a las
16:30 del mismo día. El enlace de la videollamada es el mismo; te adjunto la invitación
actualizada.

Si la nueva hora no te va bien, dímelo y buscamos otra.

Un saludo,
Núria
"""

C015_TEXT = """Hola Friederike:

Me acaba de llamar Lucía Prats, de Cardiomar: el doctor Ortega tiene que viajar mañana a un
congreso en Madrid y no podrá estar el jueves. Nos piden aplazar la entrevista a la semana
que viene, el miércoles 23 de septiembre a las 12:00, en el mismo sitio.

Para que no pierdas dinero, si ya tienes el vuelo reservado, Cardiomar se hace cargo del
cambio. ¿Me dices si el miércoles te encaja?

Un abrazo,
Begoña
"""

INTERVIEW_RESCHEDULE_OR_CANCEL = [
    dict(slug="rheinvita_telefonat_verlegt", key="rv_moved", parent="own_rv_confirm",
         lang="de", company="Rheinvita Medical", contact="k.oberhausen@rheinvita.example.de",
         date="2026-02-17 16:48 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         subject="AW: Ihre Bewerbung bei Rheinvita Medical – kurzes Telefonat?",
         text=C001_TEXT + "\n" + replied("de", "2026-02-16 12:05", CAND_NAME, CAND_ADDR,
                                         OWN_RV_CONFIRM_TEXT + "\n" + replied(
                                             "de", "2026-02-16 09:20", "Katrin Oberhausen",
                                             "k.oberhausen@rheinvita.example.de",
                                             RV_SCREEN_TEXT))),
    dict(slug="rheinvita_fachgespraech_aktualisiert_seq1", key="rv_panel_update",
         parent="rv_panel", lang="de", company="Rheinvita Medical",
         contact="k.oberhausen@rheinvita.example.de",
         date="2026-03-05 08:47 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         subject="Aktualisiert: Fachgespräch Field Clinical Specialist Kardiologie – "
                 "jetzt 12.03.2026",
         text=C002_TEXT, html=outlook_html(paras(C002_TEXT)),
         ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000012a7rv0147",
                  seq=1, start="2026-03-12 09:30", end="2026-03-12 11:00",
                  summary="Fachgespräch Field Clinical Specialist Kardiologie – "
                          "Friederike Adjei-Santos",
                  location="Rheinvita Medical, Besprechungsraum Rhein, Vitalisstraße 40, Köln",
                  organizer=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
                  attendees=[CAND, ("Dr. Tobias Brenner", "t.brenner@rheinvita.example.de"),
                             ("Yasemin Korkmaz", "y.korkmaz@rheinvita.example.de")])),
    dict(slug="baselcor_assessment_verschoben", key="bc_moved", parent="bc_ac", lang="de",
         company="Baselcor Diagnostics", contact="reto.meier@baselcor.example.ch",
         date="2026-04-07 09:05 +0200", frm=("Reto Meier", "reto.meier@baselcor.example.ch"),
         subject="Verschiebung Assessment-Center – neuer Termin 28. April",
         text=C003_TEXT),
    dict(slug="pflegeplus_sonomed_verschoben", key="pp_moved", parent="pp_client", lang="de",
         company="Sonomed Rhein", contact="m.brandt@pflegeplus.example.de",
         date="2026-02-12 17:20 +0100", frm=("Marco Brandt", "m.brandt@pflegeplus.example.de"),
         subject="Sonomed: Gespräch verschiebt sich auf Donnerstag",
         text=C004_TEXT),
    dict(slug="lumedis_gespraech_krankheit_abgesagt", key="lum_ill", parent="own_lum_move",
         lang="de", company="Lumedis", contact="stefanie.roth@lumedis.example.de",
         date="2026-03-13 15:02 +0100",
         frm=("Stefanie Roth", "stefanie.roth@lumedis.example.de"),
         subject="AW: Terminverschiebung Vorstellungsgespräch",
         text=C005_TEXT),
    dict(slug="klinikum_rheinaue_abgesagt_ics_cancel", key="ekr_cancel", parent="ekr_invite",
         lang="de", company="Evangelisches Klinikum Rheinaue",
         contact="b.schaefer@ek-rheinaue.example.de",
         date="2026-03-20 12:31 +0100",
         frm=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"),
         subject="Abgesagt: Vorstellungsgespräch Medizinproduktebeauftragte (m/w/d)",
         text=C006_TEXT, html=outlook_html(paras(C006_TEXT)),
         ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000ekr2026mt07",
                  seq=1, start="2026-03-25 11:00", end="2026-03-25 11:45",
                  summary="Abgesagt: Vorstellungsgespräch Medizinproduktebeauftragte (m/w/d)",
                  location="Microsoft Teams-Besprechung",
                  organizer=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"))),
    dict(slug="kardiotec_greenhouse_verschoben", key="kt_moved", parent="kt_invite", lang="de",
         company="Kardiotec", contact="jana.koehler@kardiotec.example.de",
         date="2026-04-29 11:26 +0200",
         frm=("Jana Köhler via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         reply_to=("Jana Köhler", "jana.koehler@kardiotec.example.de"),
         subject="Dein Interview bei Kardiotec wurde verschoben",
         text=C007_TEXT,
         ics=dict(method="REQUEST", uid="gh-interview-88120457@greenhouse.io", seq=2,
                  start="2026-05-05 15:00", end="2026-05-05 15:45",
                  prodid="-//Greenhouse Software//Interview Scheduling//EN",
                  summary="Interview Kardiotec – Clinical Specialist Elektrophysiologie",
                  location="https://kardiotec.zoom.example.de/j/84412093317",
                  organizer=("Jana Köhler", "jana.koehler@kardiotec.example.de"),
                  attendees=[CAND, ("Emre Aydin", "emre.aydin@kardiotec.example.de")]),
         ics_as="attach", headers=AUTO),
    dict(slug="aachener_wundtechnik_mitfahrtag_verschoben", key="aw_moved", parent="aw_trial",
         lang="de", company="Aachener Wundtechnik",
         contact="ralf.hennes@wundtechnik-ac.example.de",
         date="2026-06-19 07:55 +0200",
         frm=("Ralf Hennes", "ralf.hennes@wundtechnik-ac.example.de"),
         subject="AW: Einladung zum Mitfahrtag am 24. Juni",
         text=C008_TEXT),
    dict(slug="maasvalley_panel_cancelled_ics", key="mv_cancel", parent="mv_panel", lang="en",
         company="Maasvalley Orthopaedics", contact="sanne.dewit@maasvalley.example.nl",
         date="2026-07-07 18:14 +0200",
         frm=("Sanne de Wit", "sanne.dewit@maasvalley.example.nl"),
         subject="Cancelled event: Panel interview – Clinical Specialist Orthopaedic Robotics "
                 "@ Thu 9 Jul 2026 13:00 - 15:00 (CEST)",
         text=C009_TEXT, html=page(paras(C009_TEXT), "Cancelled event", "en"),
         ics=dict(method="CANCEL", uid="3q7n0m5k2mvpanel0709@google.com", seq=1,
                  start="2026-07-09 13:00", end="2026-07-09 15:00", tz="Europe/Amsterdam",
                  prodid=GOOGLE,
                  summary="Panel interview – Clinical Specialist Orthopaedic Robotics",
                  organizer=("Sanne de Wit", "sanne.dewit@maasvalley.example.nl")),
         ics_as="both"),
    dict(slug="clinaxis_interviewer_off_sick", key="cx_ill", parent="cx_invite", lang="en",
         company="Clinaxis Research", contact="laura.bennett@clinaxis.example.com",
         date="2026-08-11 09:12 +0200",
         frm=("Bennett, Laura", "laura.bennett@clinaxis.example.com"),
         subject="Today's interview – need to cancel",
         text=C010_TEXT),
    dict(slug="neuroloop_rebooked_after_missed", key="nl_rebook", parent="own_nl_sorry",
         lang="en", company="NeuroLoop Devices", contact="priya.raman@neuroloop.example.com",
         date="2026-04-28 15:40 +0200",
         frm=("Priya Raman", "priya.raman@neuroloop.example.com"),
         subject="Re: Sorry about this morning",
         text=C011_TEXT,
         ics=dict(method="REQUEST", uid="ashby-nl-intro-5512@ashbyhq.com", seq=1,
                  start="2026-05-04 09:30", end="2026-05-04 10:00",
                  prodid="-//Ashby//Interview Scheduler//EN",
                  summary="NeuroLoop intro call – Friederike Adjei-Santos",
                  location="Microsoft Teams",
                  organizer=("Priya Raman", "priya.raman@neuroloop.example.com"),
                  attendees=[CAND, ("Tom Verhoeven", "tom.verhoeven@neuroloop.example.com")]),
         ics_as="attach"),
    dict(slug="ortholux_annule_malade_ics", key="ox_cancel", parent="ox_invite", lang="fr",
         company="Ortholux", contact="camille.dufrasne@ortholux.example.be",
         date="2026-03-23 16:10 +0100",
         frm=("Camille Dufrasne", "camille.dufrasne@ortholux.example.be"),
         subject="Annulé : Entretien Spécialiste clinique terrain – 24/03 14h00",
         text=C012_TEXT, html=outlook_html(paras(C012_TEXT), "fr"),
         ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E008000000ortholux2403",
                  seq=1, start="2026-03-24 14:00", end="2026-03-24 15:00",
                  tz="Europe/Brussels",
                  summary="Annulé : Entretien Spécialiste clinique terrain",
                  location="Ortholux, rue Saint-Gilles 212, Liège",
                  organizer=("Camille Dufrasne", "camille.dufrasne@ortholux.example.be"))),
    dict(slug="lemaire_entretien_deplace", key="lt_moved", parent="lt_client", lang="fr",
         company="Hémodyne", contact="heloise.lemaire@lemaire-talent.example.be",
         date="2026-07-06 12:03 +0200",
         frm=("Héloïse Lemaire", "heloise.lemaire@lemaire-talent.example.be"),
         name_cs=("utf-8", "B"),
         subject="Re: Hémodyne souhaite vous rencontrer",
         text=C013_TEXT + "\n" + replied("fr", "2026-06-24 17:45", "Héloïse Lemaire",
                                         "heloise.lemaire@lemaire-talent.example.be",
                                         I022_TEXT)),
    dict(slug="endobarna_cambio_hora_seq", key="eb_moved", parent="eb_invite", lang="es",
         company="Endobarna", contact="nuria.casals@endobarna.example.es",
         date="2026-07-10 11:18 +0200",
         frm=("Núria Casals", "nuria.casals@endobarna.example.es"),
         subject="Cambio de hora: entrevista del martes 14",
         text=C014_TEXT,
         ics=dict(method="REQUEST", uid="tt-interview-20260714-5e21b@teamtailor.com", seq=1,
                  start="2026-07-14 16:30", end="2026-07-14 17:15", tz="Europe/Madrid",
                  prodid="-//Teamtailor//Interview//ES",
                  summary="Entrevista Endobarna – Friederike Adjei-Santos",
                  location="https://meet.endobarna.example.es/entrevista-5e21b",
                  organizer=("Núria Casals", "nuria.casals@endobarna.example.es"),
                  attendees=[CAND, ("Albert Rovira", "albert.rovira@endobarna.example.es")])),
    dict(slug="talento_salud_cardiomar_aplazada", key="ts_postponed", parent="ts_client",
         lang="es", company="Cardiomar", contact="begona.ferrandiz@talentosalud.example.es",
         date="2026-09-16 19:06 +0200",
         frm=("Begoña Ferrándiz", "begona.ferrandiz@talentosalud.example.es"),
         name_cs=("iso-8859-1", "B"),
         subject="Cardiomar aplaza la entrevista al miércoles 23",
         text=C015_TEXT, charset="iso-8859-1", cte="quoted-printable"),
]

# ====================================================================== missed_interview_notice

M001_TEXT = """Hallo Frau Adjei-Santos,

wir waren heute um 10:00 Uhr zu unserem telefonischen Kennenlerngespräch verabredet. Ich
habe Sie um 10:00 und noch einmal um 10:15 Uhr unter 0157 3381 2046 angerufen, Sie aber
leider nicht erreicht, und auch die Mailbox war nicht eingeschaltet.

Vielleicht ist im Dienst etwas dazwischengekommen – das kenne ich aus dem Pflegealltag gut.
Schreiben Sie mir doch kurz, wann ich Sie am besten erreiche, dann holen wir das Gespräch
nach.

Viele Grüße
Marco Brandt
Senior Personalberater Medizintechnik
Pflegeplus Personal GmbH · Tel. +49 221 5507 318
"""

M002_TEXT = """Sehr geehrte Frau Adjei-Santos,

für heute, 9:30 Uhr, war unser Video-Interview zur Stelle Clinical Specialist Gefäßchirurgie
vereinbart. Herr Dr. Wendt und ich haben bis 9:50 Uhr im Teams-Raum auf Sie gewartet,
konnten Sie aber leider nicht begrüßen. Eine Nachricht von Ihnen haben wir nicht erhalten.

Falls technische Probleme der Grund waren, lassen Sie es uns bitte bis Montag wissen.

Mit freundlichen Grüßen
Nadine Scholl
Personalreferentin · Vasculine GmbH
Godesberger Allee 127 · 53175 Bonn · Tel. 0228 3398 511
"""

M003_TEXT = """Liebe Frau Adjei-Santos,

soeben hat mich der Vertriebsleiter unseres Mandanten angerufen: Er hat Sie heute um 15:00
Uhr wie verabredet zweimal unter Ihrer Mobilnummer angerufen und Sie nicht erreicht. Auch
meine SMS von 15:10 Uhr ist offenbar nicht angekommen.

Ich hoffe, es ist nichts Ernstes passiert. Bitte melden Sie sich kurz bei mir – ich versuche
dann, das Gespräch noch in dieser Woche nachzuholen. Der Mandant ist weiterhin interessiert,
aber ein zweites Mal sollte das nicht passieren.

Beste Grüße
Dr. Philipp Lohmann
Hartwig & Lohmann Executive Search · T +49 211 436 118-0
"""

M004_TEXT = """Guten Tag Frau Adjei-Santos,

wir hatten heute um 10 Uhr ein Telefoninterview für die Stelle Homecare-Spezialistin
Enterale Ernährung (m/w/d) vereinbart. Ich habe Sie zweimal angerufen, jeweils ohne Erfolg.

Sollte das Interesse an der Position weiterhin bestehen, rufen Sie mich gern zurück oder
antworten Sie auf diese E-Mail, damit wir einen neuen Termin finden.

Freundliche Grüße
Kerstin Vogt
Personalreferentin
Sanolink Homecare GmbH
Heerdter Landstraße 245 · 40549 Düsseldorf
Tel. 0211 2295 0-37

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sanolink
Homecare GmbH · Geschäftsführer: Dr. Holger Pütz · HRB 90211 Amtsgericht Düsseldorf
"""

M005_TEXT = """Hey Friederike,

ich saß gerade um 14 Uhr im Meet-Raum, aber du warst nicht da – alles ok bei dir? Ich hab
bis 14:15 gewartet und dir auch noch eine SMS geschickt.

Falls was dazwischengekommen ist, kein Stress, sag einfach Bescheid und wir suchen einen
neuen Slot.

Jonas
"""

M006_TEXT = """Hi Friederike,

We had our intro call booked for 11:00 today – Tom and I waited on Teams for about fifteen
minutes but didn't see you join. I also sent you a message through the scheduling page.

I hope everything is okay! If something came up, just reply to this email and we'll find
another slot.

Best,
Priya Raman
Talent Partner, NeuroLoop Devices
"""

M007_TEXT = """Hi Friederike,

I tried calling you twice at 10:00 this morning for our phone screen, on the number in your
CV (+49 157 3381 2046), but couldn't get through – it went straight to voicemail.

No problem if something came up at work. Let me know a time that suits you later this week
and I'll call you then.

Best,
Chloe Adams
Talent Acquisition | Helixa Surgical
+49 211 8826 4410
"""

M008_TEXT = """Madame,

Nous avions rendez-vous ce matin à 9h30 pour un entretien en visioconférence concernant le
poste d'infirmière référente dispositifs médicaux. Les membres du jury se sont connectés et
vous ont attendue jusqu'à 9h50, sans nouvelles de votre part.

Si un problème technique ou un empêchement vous a retenue, nous vous remercions de nous en
informer avant vendredi ; nous verrons alors s'il est possible de reprogrammer l'entretien.

Cordialement,

Véronique Hansen
Direction des soins infirmiers
Centre Hospitalier Meuse-Ardenne
Boulevard de la Sauvenière 90, 4000 Liège
+32 4 366 70 12
"""

M009_TEXT = """Bonjour Friederike,

J'ai essayé de vous joindre deux fois à 14h comme convenu pour notre entretien téléphonique,
sans succès. Je vous ai laissé un message vocal.

Pas de souci si vous avez eu un empêchement : rappelez-moi quand vous pouvez au
+32 4 265 18 90, ou proposez-moi un autre créneau par mail.

Bonne fin de journée,
Julien Masset
Responsable commercial – Biomédis Wallonie
"""

M010_TEXT = """Hola Friederike,

Eva me comenta que esta mañana te ha llamado dos veces a las 11:00, como habíamos quedado,
y que no ha podido localizarte. También te ha dejado un mensaje de voz.

¿Ha pasado algo? Si todavía te interesa el puesto, dime cuándo te viene bien y
reprogramamos la llamada.

Un saludo,

Jordi Ferrer
Responsable de Selección – Distrimed Ibérica
"""

MISSED_INTERVIEW_NOTICE = [
    dict(slug="pflegeplus_zweimal_angerufen", key="pp_missed", lang="de",
         company="Pflegeplus Personal", contact="m.brandt@pflegeplus.example.de",
         date="2026-01-15 10:40 +0100", frm=("Marco Brandt", "m.brandt@pflegeplus.example.de"),
         subject="Unser Telefonat heute um 10 Uhr",
         text=M001_TEXT),
    dict(slug="vasculine_teams_gewartet", key="vas_missed", parent="vas_ack", lang="de",
         company="Vasculine", contact="nadine.scholl@vasculine.example.de",
         date="2026-04-16 10:05 +0200",
         frm=("Nadine Scholl", "nadine.scholl@vasculine.example.de"),
         subject="Unser Video-Interview heute um 9:30 Uhr",
         text=M002_TEXT, html=outlook_html(paras(M002_TEXT))),
    dict(slug="hartwig_mandant_nicht_erreicht", key="hl_missed", parent="hl_client",
         lang="de", company="Hartwig & Lohmann", contact="p.lohmann@hartwig-lohmann.example.de",
         date="2026-02-24 15:41 +0100",
         frm=("Dr. Philipp Lohmann", "p.lohmann@hartwig-lohmann.example.de"),
         subject="Telefonat mit dem Mandanten – Sie waren nicht erreichbar",
         text=M003_TEXT),
    dict(slug="sanolink_telefoninterview_verpasst", key="sl_missed", lang="de",
         company="Sanolink Homecare", contact="k.vogt@sanolink.example.de",
         date="2026-09-24 10:32 +0200", frm=("Kerstin Vogt", "k.vogt@sanolink.example.de"),
         subject="Telefoninterview heute 10:00 Uhr",
         text=M004_TEXT, cte="base64"),
    dict(slug="stentwerk_meet_nicht_da", key="sw_missed", parent="sw_chat", lang="de",
         company="Stentwerk", contact="jonas@stentwerk.example.de",
         date="2026-04-30 14:22 +0200", frm=("Jonas Feldkamp", "jonas@stentwerk.example.de"),
         subject="Call?",
         text=M005_TEXT),
    dict(slug="neuroloop_waited_on_teams", key="nl_missed", parent="nl_screen", lang="en",
         company="NeuroLoop Devices", contact="priya.raman@neuroloop.example.com",
         date="2026-04-28 11:20 +0200",
         frm=("Priya Raman", "priya.raman@neuroloop.example.com"),
         subject="Missed you this morning",
         text=M006_TEXT),
    dict(slug="helixa_tried_calling_twice", key="hx_missed", parent="hx_screen", lang="en",
         company="Helixa Surgical", contact="chloe.adams@helixa.example.com",
         date="2026-01-14 10:26 +0100", frm=("Chloe Adams", "chloe.adams@helixa.example.com"),
         subject="RE: Helixa Surgical – quick phone screen?",
         text=M007_TEXT + "\n" + outlook_block(
             "en", "Chloe Adams <chloe.adams@helixa.example.com>", "2026-01-12 13:44",
             f"{CAND_NAME} <{CAND_ADDR}>", "Helixa Surgical – quick phone screen?",
             I017_TEXT)),
    dict(slug="meuse_ardenne_visio_absente", key="cma_missed", parent="cma_ack", lang="fr",
         company="Centre Hospitalier Meuse-Ardenne",
         contact="veronique.hansen@chma.example.be",
         date="2026-06-09 10:12 +0200",
         frm=("Véronique Hansen", "veronique.hansen@chma.example.be"),
         subject="Entretien en visioconférence de ce matin",
         text=M008_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    dict(slug="biomedis_appel_sans_reponse", lang="fr",
         company="Biomédis Wallonie", contact="julien.masset@biomedis.example.be",
         date="2026-09-08 14:27 +0200",
         frm=("Julien Masset", "julien.masset@biomedis.example.be"),
         subject="Notre entretien téléphonique de 14h",
         text=M009_TEXT),
    dict(slug="distrimed_no_te_localizamos", key="dm_missed", parent="dm_call", lang="es",
         company="Distrimed Ibérica", contact="jordi.ferrer@distrimed.example.es",
         date="2026-07-23 11:38 +0200",
         frm=("Jordi Ferrer", "jordi.ferrer@distrimed.example.es"),
         subject="RE: Llamada con Eva Soler",
         text=M010_TEXT + "\n" + replied("es", "2026-07-20 10:07", "Jordi Ferrer",
                                         "jordi.ferrer@distrimed.example.es", I025_TEXT)),
]

