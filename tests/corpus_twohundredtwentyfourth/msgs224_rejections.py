"""Corpus 224: rejections, one hand-written spec per message. No two use the same sentence
pattern for the no."""

from __future__ import annotations

from msgs224_common import (AUTO, CAND_ADDR, CAND_NAME, ats_card, forwarded, outlook_block,
                            outlook_html, page, paras, replied)
from msgs224_invites import (C010_TEXT, DY_NO_TEXT, EKR_CANCEL_TEXT, EKR_INVITE_TEXT,
                             I018_TEXT)
from msgs224_other import OWN_KT_THANKS_TEXT

R001_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank für Ihr Interesse an der Position Clinical Education Specialist
Infusionstherapie (m/w/d), Stellen-ID JR-11823, und für die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir würden uns freuen, wenn Sie sich auch künftig für Stellen bei InfusaTec interessieren.
Neue Ausschreibungen finden Sie jederzeit auf unserer Karriereseite.

Mit freundlichen Grüßen
InfusaTec Deutschland GmbH
Talent Acquisition
"""

R002_TEXT = """Sehr geehrte Frau Adjei-Santos,

wir bedanken uns nochmals für Ihre Bewerbung als Clinical Specialist Gefäßchirurgie (m/w/d).

Leider müssen wir Ihnen heute eine Absage erteilen. Bitte verstehen Sie, dass wir aus
Gründen des Datenschutzes keine detaillierten Angaben zu den Gründen machen können.

Ihre Unterlagen werden gemäß unserer Datenschutzhinweise sechs Monate nach Abschluss des
Verfahrens gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Ihr Recruiting-Team der Vasculine GmbH
Diese E-Mail wurde automatisch versendet.
"""

R004_TEXT = """Hallo Friederike,

ich muss dir leider eine Nachricht überbringen, die ich selbst schade finde: Die Stelle als
Clinical Application Specialist Beatmung wird vorerst auf Eis gelegt. Unsere
Geschäftsführung hat letzte Woche entschieden, die Vertriebsregionen neu zuzuschneiden, und
bis das steht, gibt es für die Position kein Budget.

Wir werden das Verfahren für diese Stelle deshalb nicht fortsetzen; das für nächste Woche
angedachte Gespräch mit Dr. Aretz entfällt. Sollte die Stelle in veränderter Form wieder
ausgeschrieben werden, melde ich mich gern bei dir.

Danke für dein Interesse und viele Grüße
Melanie

Melanie Kurth
People & Culture · Pneumatix Respiratory GmbH
Eupener Straße 161 · 50933 Köln
"""

R005_TEXT = """Hallo Frau Adjei-Santos,

danke für Ihre Unterlagen. Für den Außendienst brauchen wir jemanden mit
Vertriebshintergrund, das passt leider nicht.

Gruß
U. Kamps
Medivertrieb West – Verkaufsleitung
"""

R006_CLIENT = """Hallo Herr Brandt,

danke noch einmal für die Vorstellung von Frau Adjei-Santos. Sie hat im Gespräch einen sehr
sympathischen und kompetenten Eindruck gemacht. Da wir aber kurzfristig jemanden brauchen,
der ab dem ersten Tag selbstständig Sonographie-Schulungen gibt, fiel unsere Wahl auf eine
Bewerberin, die diese Erfahrung bereits mitbringt. Bitte richten Sie ihr unseren Dank aus.

Beste Grüße
Helga Imhoff
"""

R006_TEXT = """Liebe Frau Adjei-Santos,

leider habe ich keine guten Nachrichten von Sonomed Rhein. Frau Dr. Imhoff hat sich heute
bei mir gemeldet – ihre Nachricht leite ich Ihnen unten weiter, damit Sie die Begründung im
Wortlaut haben.

Ich weiß, dass Sie sich auf diese Stelle gefreut haben. Aus meiner Sicht lag es wirklich nur
an der fehlenden Ultraschall-Praxis. Ich habe bereits zwei andere Kunden im Blick, bei denen
Ihre Intensiverfahrung mehr zählt, und melde mich dazu in den nächsten Tagen.

Viele Grüße
Marco Brandt
Pflegeplus Personal GmbH · Tel. +49 221 5507 318

""" + forwarded("de", "Dr. Helga Imhoff <h.imhoff@sonomed.example.de>", "2026-03-02 09:41",
                "Rückmeldung Frau Adjei-Santos", "Marco Brandt <m.brandt@pflegeplus.example.de>",
                R006_CLIENT)

R007_TEXT = """Hallo Friederike,

danke dir für deine netten Zeilen nach dem Gespräch – das hat Emre und mich sehr gefreut.

Leider muss ich dir trotzdem sagen, dass es diesmal nicht geklappt hat. Am Ende hat uns
eine Kandidatin überzeugt, die bereits zwei Jahre als Mapping-Spezialistin im EP-Labor
gearbeitet hat – für den Start in unseren neuen Zentren war das der entscheidende Vorteil.

Ganz ehrlich: Dein Profil hat uns beiden sehr gefallen. Wenn wir im Herbst das zweite Team
im Rheinland aufbauen, würde ich mich gern wieder bei dir melden, wenn das für dich okay ist.

Alles Gute und viele Grüße
Jana

Jana Köhler
Senior Recruiterin · Kardiotec GmbH
Toulouser Allee 25 · 40211 Düsseldorf

""" + replied("de", "2026-05-05 18:40", CAND_NAME, CAND_ADDR, OWN_KT_THANKS_TEXT)

R008_TEXT = """Sehr geehrte Frau Adjei-Santos,

wir danken Ihnen für Ihre Bewerbung als Pflegeexpertin für Medizinprodukte in unserem
Zentralen Gerätemanagement.

Zwischenzeitlich konnte die ausgeschriebene Stelle mit einer Kollegin aus dem eigenen Haus
besetzt werden. Aus diesem Grund ist eine weitere Berücksichtigung Ihrer Bewerbung nicht
möglich. Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden datenschutzgerecht
vernichtet.

Mit freundlichen Grüßen
Monika Esser
Personalabteilung
St. Ursula Krankenhaus Köln-Lindenthal
Bachemer Straße 190 · 50931 Köln

Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, benachrichtigen Sie
bitte den Absender und löschen Sie diese E-Mail.
"""

R009_TEXT = """Hey Friederike,

kurz und ehrlich, weil ich finde, dass du das verdient hast: Wir holen für die Klinikbetreuung
jetzt jemanden an Bord, der schon zwei Stent-Studien als Monitor begleitet hat. Für uns als
kleines Team war das am Ende wichtiger als alles andere.

Unser Nachhol-Call hat mir echt Spaß gemacht, und ich bin sicher, dass du den Wechsel
schaffst. Wenn wir nächstes Jahr wachsen, schreib ich dir als Erste.

Viele Grüße und bis zum nächsten Stammtisch
Jonas
"""

R010_BODY = """<p>Guten Tag Frau Adjei-Santos</p>
<p>Herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center vom 28. April 2026 und
für Ihr grosses Engagement während des ganzen Tages.</p>
<p>Die Auswertung aller Übungen ist nun abgeschlossen. Auch wenn Sie in der Fallstudie und im
Rollenspiel überzeugt haben, fiel die Gesamtbewertung zugunsten anderer Teilnehmender aus,
die bereits Erfahrung mit Point-of-Care-Geräten im Labor mitbringen. Wir können Ihnen die
Stelle daher leider nicht anbieten.</p>
<p>Gerne bespricht Reto Meier die Ergebnisse mit Ihnen in einem kurzen Telefonat – antworten
Sie dazu einfach auf diese Nachricht.</p>
<p>Freundliche Grüsse<br>Human Resources<br>Baselcor Diagnostics AG</p>"""

R011_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank, dass Sie sich am 1. April die Zeit für das Gespräch mit unserer
Auswahlkommission genommen haben – und für Ihre Geduld nach der kurzfristigen Absage im
März.

Die Wahl der Kommission ist auf eine Mitbewerberin gefallen, die bereits seit mehreren Jahren
als Beauftragte für Medizinproduktesicherheit in einem anderen Krankenhaus tätig ist. Wir
bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Birgit Schäfer
Personalabteilung – Recruiting
Evangelisches Klinikum Rheinaue gGmbH
Rheinaustraße 12 · 53225 Bonn · Telefon 0228 4410-2231

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten
bestimmt.

""" + outlook_block("de", "Schäfer, Birgit <b.schaefer@ek-rheinaue.example.de>",
                    "2026-03-20 12:31", f"{CAND_NAME} <{CAND_ADDR}>",
                    "Abgesagt: Vorstellungsgespräch Medizinproduktebeauftragte (m/w/d)",
                    EKR_CANCEL_TEXT) + "\n" + outlook_block(
    "de", "Schäfer, Birgit <b.schaefer@ek-rheinaue.example.de>", "2026-03-17 10:48",
    f"{CAND_NAME} <{CAND_ADDR}>", "Vorstellungsgespräch Medizinproduktebeauftragte (Teams)",
    EKR_INVITE_TEXT)

R012_TEXT = """Liebe Frau Adjei-Santos,

ich hatte gehofft, Ihnen heute etwas anderes schreiben zu können. Unser Mandant hat mir
gestern Abend mitgeteilt, dass er den Prozess mit Ihnen nicht weiterführen möchte.

Nach dem nachgeholten Telefonat am Freitag war der Vertriebsleiter von Ihrer fachlichen
Erfahrung angetan; den Ausschlag gegen Sie gaben am Ende die Reisebereitschaft – die
Rolle verlangt regelmäßig drei Übernachtungen pro Woche – und der Eindruck, dass Sie sich
damit noch nicht ganz wohlfühlen.

Ich halte das für eine nachvollziehbare, aber keineswegs endgültige Einschätzung Ihres
Profils. Gern würde ich Sie bei passenderen Suchen wieder ansprechen.

Mit besten Grüßen
Dr. Philipp Lohmann
Partner · Hartwig & Lohmann Executive Search GmbH
"""

R013_TEXT = """Guten Tag Frau Adjei-Santos,

vielen Dank für Ihren Rückruf und das nachgeholte Telefoninterview in der vergangenen Woche.

Heute muss ich Ihnen leider mitteilen, dass die Position der Homecare-Spezialistin Enterale
Ernährung nach einer Neuausrichtung unseres Geschäftsbereichs ersatzlos entfällt. Wir haben
die Ausschreibung zurückgezogen und können Ihre Bewerbung daher nicht weiterverfolgen.
Das hat ausdrücklich nichts mit Ihrer Person oder Ihrer Qualifikation zu tun.

Freundliche Grüße
Kerstin Vogt
Personalreferentin
Sanolink Homecare GmbH
Heerdter Landstraße 245 · 40549 Düsseldorf
"""

R014_TEXT = """Sehr geehrte Frau Adjei-Santos,

wir haben uns sehr über Ihren Besuch in Hürth und das offene Gespräch mit Herrn Dr. Kürten
und mir gefreut.

Nach reiflicher Überlegung sind wir zu dem Schluss gekommen, dass für die Betreuung unserer
Bestandskunden im Rhein-Erft-Kreis derzeit mehrjährige Vertriebspraxis unverzichtbar ist.
Wir haben uns deshalb gegen eine Zusammenarbeit entschieden, so schwer uns das bei Ihrer
klinischen Erfahrung gefallen ist.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Jürgen Päffgen
Vertriebsleiter · Rhein-Erft Medizintechnik GmbH
"""

R015_OWN = """Liebe Frau Roth,

ich wollte mich kurz erkundigen, ob es nach dem Telefonat mit Dr. Kessler schon Neuigkeiten
gibt. Die Stelle interessiert mich nach wie vor sehr.

Herzliche Grüße
Friederike Adjei-Santos
"""

R015_TEXT = """Liebe Frau Adjei-Santos,

danke für Ihre Nachfrage, und entschuldigen Sie, dass Sie warten mussten – Dr. Kessler war
nach seiner Krankheit erst einmal mit Kundenterminen eingedeckt.

Er hat sich nach Ihrem Telefonat am 26. März viele Gedanken gemacht. Weil die Stelle vom
ersten Tag an eigene Ultraschall-Schulungen bei Kunden umfasst, werden wir sie Ihnen
leider nicht anbieten können. Er meinte aber ausdrücklich, dass er Sie sich in einem Jahr,
mit etwas Sonographie-Praxis, sehr gut bei uns vorstellen könnte.

Herzliche Grüße
Stefanie Roth
HR Generalist · Lumedis GmbH · 0228 9713 40-12

""" + replied("de", "2026-04-06 08:15", CAND_NAME, CAND_ADDR, R015_OWN)

R016_TEXT = """Hi Friederike,

Thank you for your interest in Helixa Surgical and for taking the time to apply for the
Clinical Specialist – Surgical Robotics position in Düsseldorf.

After careful consideration, we will not be moving forward with your application for this
position. We appreciate the effort you put into the process and encourage you to keep an
eye on our careers page for future opportunities.

Best regards,
Helixa Surgical Talent Acquisition
"""

R017_TEXT = """Hi Friederike,

Thank you for your patience and for following up. We have now completed our review for the
Clinical Specialist – Interventional Cardiology position.

While your background is impressive, we have decided to move forward with candidates whose
experience more closely matches the requirements of this role, in particular hands-on case
support in the cath lab as an industry representative.

We'll keep your details on file and may reach out should a suitable role open up.

Kind regards,
Ventrix Medical Talent Acquisition
"""

R018_TEXT = """Hi Friederike,

Thank you for taking the time to speak with Tom and me on 4 May – and again for being so
open about the switch from the ward.

We've now discussed all the candidates from this round, and we've decided not to progress
your application to the technical stage. The deciding factor was hands-on experience with
implantable stimulators: for this role, the first centres you'd support are already running
complex programming sessions, and we need someone who has done that before.

I'm sorry it isn't better news. If you'd like some more detailed feedback, I'm happy to
jump on a quick call.

All the best,
Priya

Priya Raman
Talent Partner, NeuroLoop Devices
"""

R019_TEXT = """Dear Friederike,

Thank you for your patience since our cancelled interview in August.

I'm sorry to tell you that the Clinical Research Associate – Medical Devices role has been
put on hold and we will not proceed with the recruitment for now. One of our sponsors has
postponed the device study the position was created for, and we cannot say when, or
whether, it will restart.

I'm closing the process for all candidates today. If the role is reopened, I will let you
know personally.

Kind regards,
Laura Bennett
Talent Lead, Clinaxis Research GmbH

""" + outlook_block("en", "Bennett, Laura <laura.bennett@clinaxis.example.com>",
                    "2026-08-11 09:12", f"{CAND_NAME} <{CAND_ADDR}>",
                    "Today's interview – need to cancel", C010_TEXT)

R020_TEXT = """Hi Friederike,

Thanks again for the chat two weeks ago, I enjoyed it. We're going with someone else for
this one.

All the best,
Marc

""" + replied("en", "2026-05-19 08:03", "Marc Oberholzer", "marc.oberholzer@trialforge.example.ch",
              I018_TEXT)

R021_BODY = """<p>Dear Friederike Adjei-Santos,</p>
<p>Thank you for your interest in the Clinical Product Specialist – Wound Care position
(Requisition 2026-4471) at Corvana Health.</p>
<p>We regret to inform you that this requisition has now been filled by another candidate.
Your application will therefore not be considered further for this opening.</p>
<p>We encourage you to create a job alert on our career site so that you are notified when
new positions become available.</p>
<p>Sincerely,<br>Corvana Health Talent Acquisition</p>
<p style="font-size:11px;color:#777">This is an automated message sent via iCIMS. Please
do not reply.</p>"""

R022_TEXT = """Hi Friederike,

I've just had feedback from Pulsewave on Tuesday's interview, and unfortunately it isn't the
outcome we were hoping for. Ruben enjoyed talking to you, but they've decided not to take
things further – they want someone who already speaks Dutch with patients, as a lot of the
remote-monitoring support is done by phone with elderly patients in Limburg.

That's a hard requirement we couldn't have worked around, so please don't read too much into
it. I've got a couple of English-speaking teams in mind and will be in touch soon.

Best,
Oliver

Oliver Grant
Senior Consultant, Medical Devices – Benelux & Germany
Northbridge Medtech Recruitment Ltd
"""

R023_TEXT = """Hi Friederike,

Thank you for spending a whole day with us at Sutura Devices – the team really enjoyed
having you in the wet lab and at the in-service.

It was a close decision, but we have offered the position to another candidate who has
several years of experience in surgical product training. I know this is disappointing
after such an intense day, and I'd be glad to share more detailed feedback if that would be
useful.

Best wishes,
Daniel Osei
Clinical Manager, Sutura Devices
"""

R024_TEXT = """Bonjour Madame Adjei-Santos,

Je vous remercie pour votre patience depuis l'annulation de notre entretien du mois dernier.

Entre-temps, la direction a décidé de confier le poste de Spécialiste clinique terrain –
implants rachidiens à une collaboratrice de notre service après-vente, qui connaît déjà nos
produits. Le poste ayant été pourvu en interne, nous ne sommes malheureusement pas en mesure
de donner une suite favorable à votre candidature.

Nous conservons votre dossier et ne manquerons pas de vous recontacter si une opportunité
similaire se présente.

Bien cordialement,

Camille Dufrasne
Chargée de recrutement
Ortholux SA
"""

R025_TEXT = """Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'infirmière
référente dispositifs médicaux (référence CHMA-2026-118).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue
de la procédure de sélection.

Nous vous souhaitons plein succès dans vos démarches.

Service du recrutement
Centre Hospitalier Meuse-Ardenne

Ce message a été généré automatiquement. Merci de ne pas y répondre.
"""

R026_TEXT = """Bonjour Friederike,

Je reviens vers vous au sujet de la mission de Field Clinical Specialist en neurochirurgie
que je vous avais présentée début juin.

Notre client a finalement choisi de poursuivre avec un autre profil, issu d'un concurrent
direct et déjà formé à leurs systèmes de navigation. Votre candidature ne sera donc pas
présentée au second tour.

Je sais que le timing est frustrant. Votre profil reste dans nos priorités pour les
missions à venir en Wallonie.

Bien à vous,

Bastien Collard
Consultant – Life Sciences
Lemaire Talent Partners
Quai de Rome 25, 4000 Liège
+32 4 279 55 16
"""

R027_TEXT = """Salut Friederike,

Je vais être directe, parce que c'est plus simple pour tout le monde : on ne va pas aller
plus loin ensemble pour ce poste. Thibault et moi avons adoré la visio, mais on a besoin de
quelqu'un qui peut démarrer dès octobre et qui connaît déjà le monde de la kiné.

Vraiment désolée, et merci pour ton temps. Je garde ton contact précieusement !

Manon
"""

R028_TEXT = """Hola Friederike,

Gracias por atender finalmente la llamada de Eva el lunes 27.

Te escribo para contarte que, lamentablemente, no vamos a seguir adelante con tu candidatura.
Eva busca a alguien que ya conozca los hospitales de Cataluña y que pueda empezar en
septiembre, y en este momento hay otra persona que encaja mejor en esos dos puntos.

Te deseo mucha suerte con tu cambio a la industria.

Un saludo,

Jordi Ferrer
Responsable de Selección
Distrimed Ibérica S.L.
"""

R029_TEXT = """Hola Friederike:

Gracias por tu interés en Lumbra Medical y por el tiempo dedicado a tu candidatura para la
vacante de Especialista de Producto – Cirugía Mínimamente Invasiva.

Tras valorar detenidamente todos los perfiles, sentimos comunicarte que en esta ocasión tu
candidatura no ha sido seleccionada para la siguiente fase del proceso.

Guardaremos tus datos durante doce meses por si surge una vacante que encaje con tu perfil.

Saludos cordiales,
Marta Vidal
Equipo de Talento – Lumbra Medical
"""

R030_TEXT = """Estimada Friederike:

Te agradecemos el interés mostrado por el puesto de Especialista Clínica en Ortopedia que
publicamos en junio.

Por una reorganización interna de nuestra área comercial, la empresa ha decidido cancelar
esta vacante y no cubrirla durante este año. Por ese motivo damos por cerrado el proceso de
selección, también en tu caso.

Lamentamos las molestias y te deseamos mucho éxito.

Atentamente,
Sergi Mas
Recursos Humanos – Ortoplus Barcelona S.A.
Carrer de Sancho de Ávila 52, 08018 Barcelona
"""

R031_TEXT = """Hola Friederike:

Acabo de hablar con Lucía Prats y, por desgracia, Cardiomar me ha confirmado que no
continuará contigo en el proceso. Después de la entrevista del miércoles 23, el doctor Ortega
se ha decantado por una enfermera que ya ha trabajado con su sistema de navegación en otro
hospital.

Me consta que les causaste muy buena impresión, y así me lo han dicho. Si te parece bien,
sigo contando contigo para otros procesos en Barcelona.

Un abrazo,
Begoña

Begoña Ferrándiz
Consultora Senior – Salud y Ciencias de la Vida
Talento Salud Consulting
"""

REJECTION = [
    dict(slug="infusatec_workday_formal", parent="inf_ack", lang="de",
         company="InfusaTec", contact="",
         date="2026-02-18 23:02 +0000", frm=("InfusaTec Careers", "infusatec@myworkday.com"),
         subject="Ihre Bewerbung bei InfusaTec – JR-11823",
         text=R001_TEXT,
         html=ats_card("InfusaTec", "#0b5394", paras(R001_TEXT), "Powered by Workday"),
         headers=AUTO),
    dict(slug="vasculine_softgarden_absage", parent="vas_missed", lang="de",
         company="Vasculine", contact="",
         date="2026-05-04 06:12 +0200", frm=("Vasculine Recruiting", "noreply@softgarden.io"),
         subject="Ihre Bewerbung als Clinical Specialist Gefäßchirurgie",
         text=R002_TEXT, headers=AUTO),
    dict(slug="dialyra_kandidaten_naeher_am_profil", key="dy_no", lang="de",
         company="Dialyra", contact="sabine.wirtz@dialyra.example.de",
         date="2026-01-29 10:12 +0100",
         frm=("Wirtz, Sabine", "sabine.wirtz@dialyra.example.de"),
         subject="Ihre Bewerbung als Field Clinical Specialist Dialyse",
         text=DY_NO_TEXT, html=outlook_html(paras(DY_NO_TEXT))),
    dict(slug="pneumatix_stelle_auf_eis", parent="pnx_video", lang="de",
         company="Pneumatix Respiratory", contact="melanie.kurth@pneumatix.example.de",
         date="2026-05-27 13:08 +0200",
         frm=("Melanie Kurth", "melanie.kurth@pneumatix.example.de"),
         subject="Clinical Application Specialist Beatmung – Update",
         text=R004_TEXT),
    dict(slug="medivertrieb_knapp_cp1252", lang="de",
         company="Medivertrieb West", contact="u.kamps@medivertrieb-west.example.de",
         date="2026-02-03 07:21 +0100",
         frm=("Uwe Kamps", "u.kamps@medivertrieb-west.example.de"),
         subject="AW: Bewerbung Außendienst Köln/Bonn",
         text=R005_TEXT, charset="windows-1252", cte="quoted-printable"),
    dict(slug="pflegeplus_sonomed_absage_weitergeleitet", key="pp_no", parent="pp_moved",
         lang="de", company="Sonomed Rhein", contact="m.brandt@pflegeplus.example.de",
         date="2026-03-02 11:05 +0100", frm=("Marco Brandt", "m.brandt@pflegeplus.example.de"),
         subject="WG: Rückmeldung Frau Adjei-Santos",
         text=R006_TEXT),
    dict(slug="kardiotec_nach_interview_zitiert_dank", parent="own_kt_thanks", lang="de",
         company="Kardiotec", contact="jana.koehler@kardiotec.example.de",
         date="2026-05-15 14:30 +0200",
         frm=("Jana Köhler", "jana.koehler@kardiotec.example.de"),
         subject="Re: Danke für das Gespräch heute",
         text=R007_TEXT),
    dict(slug="st_ursula_intern_besetzt_latin1", lang="de",
         company="St. Ursula Krankenhaus Köln-Lindenthal",
         contact="m.esser@st-ursula-koeln.example.de",
         date="2026-02-11 14:47 +0100",
         frm=("Monika Esser", "m.esser@st-ursula-koeln.example.de"),
         subject="Ihre Bewerbung als Pflegeexpertin für Medizinprodukte",
         text=R008_TEXT, charset="iso-8859-1", cte="base64"),
    dict(slug="stentwerk_locker_abgesagt", parent="sw_missed", lang="de",
         company="Stentwerk", contact="jonas@stentwerk.example.de",
         date="2026-05-12 19:44 +0200", frm=("Jonas Feldkamp", "jonas@stentwerk.example.de"),
         subject="Kurzes Update von Stentwerk",
         text=R009_TEXT),
    dict(slug="baselcor_nach_assessment_html", parent="bc_moved", lang="de",
         company="Baselcor Diagnostics", contact="reto.meier@baselcor.example.ch",
         date="2026-05-08 16:20 +0200",
         frm=("Baselcor Diagnostics Karriere", "noreply@successfactors.eu"),
         reply_to=("Reto Meier", "reto.meier@baselcor.example.ch"),
         subject="Ihre Bewerbung als Field Application Specialist POC",
         html=ats_card("Baselcor Diagnostics", "#00607a", R010_BODY,
                       "SAP SuccessFactors Recruiting"),
         headers=AUTO),
    dict(slug="klinikum_rheinaue_outlook_kette", parent="ekr_cancel", lang="de",
         company="Evangelisches Klinikum Rheinaue", contact="b.schaefer@ek-rheinaue.example.de",
         date="2026-04-14 11:26 +0200",
         frm=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"),
         subject="AW: Abgesagt: Vorstellungsgespräch Medizinproduktebeauftragte (m/w/d)",
         text=R011_TEXT, html=outlook_html(paras(R011_TEXT))),
    dict(slug="hartwig_mandant_nicht_weiter", parent="hl_missed", lang="de",
         company="Hartwig & Lohmann", contact="p.lohmann@hartwig-lohmann.example.de",
         date="2026-03-03 09:37 +0100",
         frm=("Dr. Philipp Lohmann", "p.lohmann@hartwig-lohmann.example.de"),
         subject="Rückmeldung unseres Mandanten",
         text=R012_TEXT),
    dict(slug="sanolink_position_entfaellt", parent="sl_missed", lang="de",
         company="Sanolink Homecare", contact="k.vogt@sanolink.example.de",
         date="2026-10-07 10:15 +0200", frm=("Kerstin Vogt", "k.vogt@sanolink.example.de"),
         subject="Ihre Bewerbung – Homecare-Spezialistin Enterale Ernährung",
         text=R013_TEXT),
    dict(slug="rhein_erft_absage_b_latin1_subject", parent="rem_invite", lang="de",
         company="Rhein-Erft Medizintechnik", contact="j.paeffgen@rhein-erft-mt.example.de",
         date="2026-06-22 15:03 +0200",
         frm=("Jürgen Päffgen", "j.paeffgen@rhein-erft-mt.example.de"),
         name_cs=("iso-8859-1", "Q"),
         subject="Ihre Bewerbung: Rückmeldung nach unserem Gespräch",
         subj_cs=("iso-8859-1", "B"),
         text=R014_TEXT),
    dict(slug="lumedis_nach_telefonat_mit_nachfrage", parent="lum_ill", lang="de",
         company="Lumedis", contact="stefanie.roth@lumedis.example.de",
         date="2026-04-08 10:52 +0200",
         frm=("Stefanie Roth", "stefanie.roth@lumedis.example.de"),
         subject="AW: Nachfrage Applikationsspezialistin Ultraschall",
         text=R015_TEXT),
    dict(slug="helixa_greenhouse_formal", parent="hx_missed", lang="en",
         company="Helixa Surgical", contact="",
         date="2026-01-30 17:10 +0000",
         frm=("Helixa Surgical", "no-reply@us.greenhouse-mail.io"),
         subject="Your application to Helixa Surgical",
         text=R016_TEXT,
         html=ats_card("Helixa Surgical", "#111827", paras(R016_TEXT),
                       "Powered by Greenhouse", lang="en"),
         headers=AUTO),
    dict(slug="ventrix_lever_more_closely_matches", parent="own_vx_followup", lang="en",
         company="Ventrix Medical", contact="",
         date="2026-03-24 10:45 +0100", frm=("Ventrix Medical", "no-reply@hire.lever.co"),
         subject="Update on your application – Ventrix Medical",
         text=R017_TEXT, headers=AUTO),
    dict(slug="neuroloop_not_progressing_after_call", parent="nl_rebook", lang="en",
         company="NeuroLoop Devices", contact="priya.raman@neuroloop.example.com",
         date="2026-05-20 17:02 +0200",
         frm=("Priya Raman", "priya.raman@neuroloop.example.com"),
         subject="Your application – NeuroLoop Devices",
         text=R018_TEXT, html=page(paras(R018_TEXT), "NeuroLoop", "en")),
    dict(slug="clinaxis_role_on_hold", parent="cx_ill", lang="en",
         company="Clinaxis Research", contact="laura.bennett@clinaxis.example.com",
         date="2026-08-27 15:31 +0200",
         frm=("Bennett, Laura", "laura.bennett@clinaxis.example.com"),
         subject="RE: Today's interview – need to cancel",
         text=R019_TEXT, html=outlook_html(paras(R019_TEXT), "en")),
    dict(slug="trialforge_terse", parent="tf_chat", lang="en",
         company="Trialforge", contact="marc.oberholzer@trialforge.example.ch",
         date="2026-06-04 18:12 +0200",
         frm=("Marc Oberholzer", "marc.oberholzer@trialforge.example.ch"),
         subject="Re: Quick chat?",
         text=R020_TEXT),
    dict(slug="corvana_icims_filled_html_base64", parent="cv_ack", lang="en",
         company="Corvana Health", contact="",
         date="2026-06-29 03:40 -0400", frm=("Corvana Health Careers", "donotreply@icims.com"),
         subject="Regarding your application for Clinical Product Specialist – Wound Care",
         html=ats_card("Corvana Health", "#005eb8", R021_BODY,
                       "This email was sent by iCIMS on behalf of Corvana Health.", lang="en"),
         html_cte="base64", headers=AUTO),
    dict(slug="northbridge_pulsewave_feedback", parent="nb_client", lang="en",
         company="Pulsewave Monitoring", contact="oliver.grant@northbridge.example.co.uk",
         date="2026-03-20 16:55 +0000",
         frm=("Oliver Grant", "oliver.grant@northbridge.example.co.uk"),
         subject="Pulsewave – feedback",
         text=R022_TEXT),
    dict(slug="sutura_after_trial_day_workable", parent="st_trial", lang="en",
         company="Sutura Devices", contact="daniel.osei@sutura.example.de",
         date="2026-09-22 11:08 +0200",
         frm=("Daniel Osei via Workable", "noreply@workablemail.com"),
         reply_to=("Daniel Osei", "daniel.osei@sutura.example.de"),
         subject="Your trial day at Sutura Devices",
         text=R023_TEXT, headers=AUTO),
    dict(slug="ortholux_pourvu_en_interne", parent="ox_cancel", lang="fr",
         company="Ortholux", contact="camille.dufrasne@ortholux.example.be",
         date="2026-04-15 14:02 +0200",
         frm=("Camille Dufrasne", "camille.dufrasne@ortholux.example.be"),
         subject="Votre candidature – Spécialiste clinique terrain",
         text=R024_TEXT),
    dict(slug="meuse_ardenne_taleo_non_retenue", parent="cma_missed", lang="fr",
         company="Centre Hospitalier Meuse-Ardenne", contact="",
         date="2026-06-30 18:00 +0200",
         frm=("Centre Hospitalier Meuse-Ardenne", "no-reply@taleo.net"),
         subject="Suite de votre candidature – CHMA-2026-118",
         text=R025_TEXT, charset="iso-8859-1", headers=AUTO),
    dict(slug="lemaire_client_anonyme_autre_profil", lang="fr",
         company="Lemaire Talent Partners", contact="bastien.collard@lemaire-talent.example.be",
         date="2026-07-02 09:26 +0200",
         frm=("Bastien Collard", "bastien.collard@lemaire-talent.example.be"),
         subject="Mission Field Clinical Specialist neurochirurgie – retour du client",
         text=R026_TEXT),
    dict(slug="kinesens_tutoiement", parent="kn_invite", lang="fr",
         company="Kinésens", contact="manon@kinesens.example.be",
         date="2026-09-03 12:47 +0200", frm=("Manon Jacquemin", "manon@kinesens.example.be"),
         subject="Re: Visio jeudi ?",
         text=R027_TEXT),
    dict(slug="distrimed_no_seguimos", parent="dm_missed", lang="es",
         company="Distrimed Ibérica", contact="jordi.ferrer@distrimed.example.es",
         date="2026-08-06 09:58 +0200",
         frm=("Jordi Ferrer", "jordi.ferrer@distrimed.example.es"),
         subject="Tu candidatura en Distrimed",
         text=R028_TEXT),
    dict(slug="lumbra_recruitee_no_seleccionada", parent="lb_ack", lang="es",
         company="Lumbra Medical", contact="marta.vidal@lumbra.example.es",
         date="2026-09-10 12:00 +0200",
         frm=("Lumbra Medical", "lumbramedical@jobs.recruitee.com"),
         reply_to=("Marta Vidal", "marta.vidal@lumbra.example.es"),
         subject="Tu candidatura en Lumbra Medical",
         text=R029_TEXT,
         html=ats_card("Lumbra Medical", "#0e7490", paras(R029_TEXT), "Enviado con Recruitee",
                       lang="es"),
         headers=AUTO),
    dict(slug="ortoplus_vacante_cancelada_cp1252", lang="es",
         company="Ortoplus Barcelona", contact="sergi.mas@ortoplus.example.es",
         date="2026-07-30 10:31 +0200", frm=("Sergi Mas", "sergi.mas@ortoplus.example.es"),
         subject="Proceso de selección – Especialista Clínica en Ortopedia",
         text=R030_TEXT, charset="windows-1252", cte="quoted-printable"),
    dict(slug="talento_salud_cardiomar_no_continua", parent="ts_postponed", lang="es",
         company="Cardiomar", contact="begona.ferrandiz@talentosalud.example.es",
         date="2026-10-06 17:15 +0200",
         frm=("Begoña Ferrándiz", "begona.ferrandiz@talentosalud.example.es"),
         name_cs=("iso-8859-1", "B"),
         subject="Noticias de Cardiomar",
         text=R031_TEXT),
]
