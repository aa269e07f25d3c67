package dossier.app.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional values and {@code --name value} or {@code --flag}
 * options, checked against the options the command knows.
 */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> options = new LinkedHashMap<>();

	/**
	 * @param args the words after the command name
	 * @param valued options that take a value
	 * @param flags options that take none
	 * @throws UsageException for an unknown option or a missing value
	 */
	Arguments(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) { //$NON-NLS-1$
				String name = arg.substring(2);
				String value = null;
				int equals = name.indexOf('=');
				if (equals > 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				if (flags.contains(name) && value == null) {
					options.computeIfAbsent(name, n -> new ArrayList<>()).add(""); //$NON-NLS-1$
				} else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException("--" + name + " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
						}
						value = args.get(++i);
					}
					options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
				} else {
					throw new UsageException("unknown option --" + name); //$NON-NLS-1$
				}
			} else {
				positional.add(arg);
			}
		}
	}

	List<String> positional() {
		return positional;
	}

	boolean has(String option) {
		return options.containsKey(option);
	}

	Optional<String> value(String option) {
		List<String> values = options.get(option);
		return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	List<String> values(String option) {
		return options.getOrDefault(option, List.of());
	}

	int intValue(String option, int defaultValue) throws UsageException {
		Optional<String> value = value(option);
		if (value.isEmpty()) {
			return defaultValue;
		}
		try {
			int parsed = Integer.parseInt(value.get());
			if (parsed < 0) {
				throw new NumberFormatException();
			}
			return parsed;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + option + " takes a whole number, not " + value.get()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
