"""What needs the executive first: why each post is queued and how urgent it is (`reasons`), watch words
(`watch`), the radar's spikes (`radar`), response clocks over working hours (`clocks`), a draft that repeats a
company post (`similarity`) and the week along the path watch → amplify → speak (`week`). Pure rules: no Qt, no
I/O."""
