// Common given names in Danish and Swedish municipalities today (young people, their parents and
// staff), for the "looks like it names a person" warning in textcheck.ts. A name on this list
// followed by a capitalised word is warned about; the list is deliberately broad, since a warning
// costs the reporter a second look and nothing else.
const names = `
Adam Ahmad Ahmed Albert Alexander Alfred Ali Amir Anders Andreas Anton Arthur Aron Arvid August Axel
Benjamin Bilal Birk Bo Carl Casper Christian Christoffer Daniel David Dennis Ebbe Elias Elliot Emil
Erik Felix Filip Frederik Frej Gustav Hamza Hassan Henrik Hugo Hussein Ibrahim Isak Jakob Jacob Jan
Jens Jesper Johan Johannes Jonas Jonathan Josef Kasper Karim Karl Kevin Kim Kristian Lars Leo Liam
Lucas Ludvig Lukas Magnus Mads Malthe Marcus Martin Mathias Mattias Melvin Michael Mikael Mikkel
Mohamed Mohammad Mohammed Morten Muhammad Mustafa Niels Nikolaj Niklas Nils Noah Oliver Olle Omar
Oscar Oskar Patrick Peter Philip Rasmus Samir Sami Sebastian Simon Sixten Storm Søren Theo Thomas
Tobias Valdemar Victor Viktor Villads William Wilmer Yusuf Youssef Zakaria
Agnes Aisha Alice Alma Amanda Amira Anna Astrid Birgitte Clara Ebba Ella Ellen Elsa Emilie Emma
Eva Fatima Freja Frida Gitte Hanna Hanne Ida Iris Isabella Johanna Josefine Julia Karin Karla
Laura Leila Lena Lilly Line Linnea Lisa Lone Maja Malin Maria Maryam Mathilde Mette Nadia Nora
Olivia Saga Sara Sofia Sofie Signe Thea Vera Wilma Yasmin Zainab
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(names.split(/\s+/).filter(Boolean));
